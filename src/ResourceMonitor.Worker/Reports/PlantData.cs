using ResourceMonitor.Domain.Baselines.Drivers;
using ResourceMonitor.Domain.Baselines.Weather;

namespace ResourceMonitor.Worker.Reports;

/// <summary>
/// A plant's stored data for a report, by local day: usage per resource and meter (the <c>production</c> resource is
/// the output count), and the park's daily mean outdoor temperature from its <c>weather</c> meters.
/// </summary>
/// <param name="Park">The plant's park as tagged in storage, when any data was found.</param>
/// <param name="Usage">Flow (the resource, or <c>resource-role</c> for output, discharge and ambient meters) → meter → daily usage.</param>
/// <param name="DailyMeanTemperature">Daily mean outdoor temperature, °C (the mean of its hourly means when <see cref="Temperatures"/> are loaded).</param>
/// <param name="Units">Flow → the unit its usage is in, where the catalog declares it (a production meter may count kg or units).</param>
public sealed record PlantData(
    string? Park,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<DailyValue>>> Usage,
    IReadOnlyList<DailyValue> DailyMeanTemperature,
    IReadOnlyDictionary<string, string>? Units = null)
{
    /// <summary>The unit of <paramref name="flow"/>'s usage: the catalog's when it declares one, else the resource's canonical unit.</summary>
    public string UnitOf(string flow) => Units?.GetValueOrDefault(flow) ?? ResourceUnits.Of(flow);

    /// <summary>The park's outdoor temperature per local day as hourly means, when loaded; else the days are known by <see cref="DailyMeanTemperature"/> only.</summary>
    public IReadOnlyList<DailyTemperature>? Temperatures { get; init; }

    /// <summary>Flow → meter → the share (0–1) of each local day its <c>usage_1m</c> minutes cover, where the store has <c>coverage</c>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<DailyValue>>>? Coverage { get; init; }

    /// <summary>The days' temperatures for degree days: hourly where loaded, else each day by its mean.</summary>
    public IReadOnlyList<DailyTemperature> WeatherDays() =>
        Temperatures ?? DailyMeanTemperature.Select(d => DailyTemperature.FromMean(d.Day, d.Value)).ToList();

    /// <summary>Days on which a meter of <paramref name="flow"/> covered less than <paramref name="minCoverage"/> of the day: partial days, left out of models.</summary>
    public IReadOnlySet<DateOnly> PartialDays(string flow, double minCoverage) =>
        Coverage?.GetValueOrDefault(flow) is { } meters
            ? meters.Values.SelectMany(days => days).Where(d => d.Value < minCoverage).Select(d => d.Day).ToHashSet()
            : new HashSet<DateOnly>();

    /// <summary>The resource whose usage is the plant's output.</summary>
    public const string ProductionResource = "production";

    /// <summary>Whether a flow is a consumed resource (not production or weather, not an output/discharge/ambient flow such as <c>water-discharge</c>).</summary>
    public static bool IsConsumption(string flow) =>
        flow.Length > 0 && flow is not (ProductionResource or "weather") && !flow.Contains('-', StringComparison.Ordinal);

    /// <summary>The daily sum over every meter of <paramref name="resource"/>, empty when it has none.</summary>
    public IReadOnlyList<DailyValue> DailyTotal(string resource) =>
        Usage.TryGetValue(resource, out var meters)
            ? meters.Values.SelectMany(v => v).GroupBy(v => v.Day).OrderBy(g => g.Key).Select(g => new DailyValue(g.Key, g.Sum(v => v.Value))).ToList()
            : [];

    /// <summary>The daily usage of one meter of the plant, whatever its resource, or null when it has none.</summary>
    public IReadOnlyList<DailyValue>? Meter(string meter) =>
        Usage.Values.Select(m => m.GetValueOrDefault(meter)).FirstOrDefault(v => v is not null);
}
