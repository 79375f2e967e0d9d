namespace ResourceMonitor.Domain.Programme;

/// <summary>The programme indicators of one park for one period, in the order of <see cref="ProgrammeIndicators.All"/>.</summary>
/// <param name="Park">Park id.</param>
/// <param name="Name">Park name.</param>
/// <param name="From">Start of the period (inclusive).</param>
/// <param name="To">End of the period (exclusive).</param>
/// <param name="Values">One value per indicator.</param>
public sealed record ParkIndicators(string Park, string Name, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<IndicatorValue> Values)
{
    /// <summary>The value of indicator <paramref name="id"/>.</summary>
    public IndicatorValue this[string id] => Values.First(v => v.Id == id);
}
