namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>What an opportunity has matched since it was first seen (kept across closing, reopening and restarts).</summary>
/// <param name="Quantity">Delivered energy (kWh), volume (m3) or mass (kg), counted on the allocated rate.</param>
/// <param name="Money">Money saved at the park's tariffs, in the park's currency.</param>
/// <param name="Co2eKg">CO2e avoided, kg.</param>
/// <param name="FirstSeenAt">When the pair first opened: the totals are what it matched since (to annualise them).</param>
public sealed record OpportunityTotals(double Quantity, double Money, double Co2eKg, DateTimeOffset? FirstSeenAt = null)
{
    /// <summary>Nothing matched yet.</summary>
    public static OpportunityTotals Zero { get; } = new(0, 0, 0);

    /// <summary>These totals plus <paramref name="quantity"/> delivered units worth <paramref name="value"/> each.</summary>
    public OpportunityTotals Add(double quantity, UnitValue value) =>
        quantity <= 0 ? this : new(Quantity + quantity, Money + (quantity * value.Money), Co2eKg + (quantity * value.Co2eKg), FirstSeenAt);
}
