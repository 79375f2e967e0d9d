using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Counters;

namespace ResourceMonitor.Domain.Aggregation;

/// <summary>What aggregation needs to know of one meter.</summary>
/// <param name="Kind">Counter or gauge.</param>
/// <param name="Unit">The canonical unit of its readings.</param>
/// <param name="Counter">The register description (counters only).</param>
public sealed record MeterSeries(ReadingKind Kind, string Unit, CounterSpec Counter)
{
    /// <summary>True for a gauge whose unit is a rate (kW, m3/h, kg/h): its amount is the integral over time.</summary>
    public bool IsRate => Kind == ReadingKind.Gauge && CanonicalUnits.QuantityOf(Unit) is not null;

    /// <summary>The unit of <see cref="MinuteUsage.Amount"/>, or null when there is none.</summary>
    public string? AmountUnit => Kind == ReadingKind.Counter ? Unit : CanonicalUnits.QuantityOf(Unit);

    /// <summary>The unit of the rates.</summary>
    public string RateUnit => Kind == ReadingKind.Counter ? CanonicalUnits.RateOf(Unit) ?? $"{Unit}/h" : Unit;
}
