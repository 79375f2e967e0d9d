namespace ResourceMonitor.Worker.Storage.Schema;

/// <summary>Measurement <c>symbiosis_balance</c>: per-resource supply and demand at each symbiosis evaluation (<c>Symbiosis/BalancePoint</c>). Its tags and fields are documented in docs/storage.md.</summary>
public static class SymbiosisBalanceMeasurement
{
    /// <summary>The measurement name.</summary>
    public const string Name = "symbiosis_balance";

    /// <summary>Field <c>surplus_rate</c>.</summary>
    public const string SurplusRate = "surplus_rate";

    /// <summary>Field <c>offers_in_surplus</c>.</summary>
    public const string OffersInSurplus = "offers_in_surplus";

    /// <summary>Field <c>demand_rate</c>.</summary>
    public const string DemandRate = "demand_rate";

    /// <summary>Field <c>needs_active</c>.</summary>
    public const string NeedsActive = "needs_active";

    /// <summary>Field <c>matchable_surplus_rate</c>.</summary>
    public const string MatchableSurplusRate = "matchable_surplus_rate";

    /// <summary>Field <c>matchable_demand_rate</c>.</summary>
    public const string MatchableDemandRate = "matchable_demand_rate";

    /// <summary>Field <c>allocated_rate</c>.</summary>
    public const string AllocatedRate = "allocated_rate";

    /// <summary>Field <c>rate_unit</c>.</summary>
    public const string RateUnit = "rate_unit";

    /// <summary>The measurement's name, tags and fields.</summary>
    public static MeasurementSchema Schema { get; } = new(Name, [SeriesTags.Park, SeriesTags.Resource], [SurplusRate, OffersInSurplus, DemandRate, NeedsActive, MatchableSurplusRate, MatchableDemandRate, AllocatedRate, RateUnit]);
}
