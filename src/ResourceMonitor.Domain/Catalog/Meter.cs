using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Counters;

namespace ResourceMonitor.Domain.Catalog;

/// <summary>A meter of a plant as the catalog declares it; the worker trusts readings only for declared meters.</summary>
/// <param name="Id">Meter id, unique within its plant.</param>
/// <param name="PlantId">The plant it belongs to.</param>
/// <param name="Resource">What it measures.</param>
/// <param name="Role">Where it sits in the plant's flows.</param>
/// <param name="Unit">Its canonical unit on the park broker.</param>
/// <param name="Kind">Counter or gauge.</param>
/// <param name="Quality">Resource quality (temperature level, water grade, material code).</param>
/// <param name="RegisterMax">Counters: the value at which the register wraps, when known.</param>
/// <param name="MaxRate">The highest plausible rate, in the rate unit (kW, m3/h, kg/h...); above it a value is a fault.</param>
/// <param name="Nominal">The typical rate (gauges: the value; counters: the hourly increase), used by the simulator and sanity checks.</param>
/// <param name="Profile">The typical daily shape, used by the simulator: continuous, day-shift, two-shift, ambient, or stock (a waste pile filled at the nominal kg/h and collected now and then).</param>
/// <param name="Internal">
/// An intake fed from inside the park, or a discharge to another plant of the park (a central wastewater plant's influent,
/// a plant's effluent to it, a boiler's heat output whose fuel is metered): left out of the park's withdrawals and
/// discharges in the programme indicators, so nothing is counted twice.
/// </param>
public sealed record Meter(
    string Id,
    string PlantId,
    Resource Resource,
    MeterRole Role,
    string Unit,
    ReadingKind Kind,
    MeterQuality Quality,
    double? RegisterMax = null,
    double? MaxRate = null,
    double? Nominal = null,
    string? Profile = null,
    bool Internal = false)
{
    /// <summary>The counter interpretation settings for this meter (register width, plausible hourly increase; the unit's defaults when not declared).</summary>
    public CounterSpec CounterSpec => CounterSpec.For(Unit, RegisterMax, MaxRate);

    /// <summary>The unit of this meter's rate: its own unit for a gauge, the derivative of a counter's unit (kWh → kW).</summary>
    public string RateUnit => Kind == ReadingKind.Gauge ? Unit : CanonicalUnits.RateOf(Unit) ?? Unit;
}
