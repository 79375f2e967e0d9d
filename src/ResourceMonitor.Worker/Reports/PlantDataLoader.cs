using Microsoft.Extensions.Options;
using ResourceMonitor.Domain.Aggregation;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Baselines.Drivers;
using ResourceMonitor.Domain.Baselines.Weather;
using ResourceMonitor.Worker.Baselines;
using ResourceMonitor.Worker.Catalog;
using ResourceMonitor.Worker.Storage;
using ResourceMonitor.Worker.Storage.Schema;

namespace ResourceMonitor.Worker.Reports;

/// <summary>
/// Reads a plant's daily usage (and how much of each day its minutes cover) and the park's hourly mean temperatures
/// with InfluxQL, in local days and hours (<c>GROUP BY time(1d) tz('zone')</c>, so a day is the plant's day by its zone's
/// rules, daylight saving included, not UTC's; hours are the zone's local hours the same way).
/// </summary>
public sealed class PlantDataLoader(IInfluxQlReader reader, IOptions<BaselinesOptions> baselines, ParkCatalogs? catalogs = null)
{
    // Reports serve the worker's primary park, read at each call so a live catalog change is seen at once.
    private ParkCatalog? catalog => catalogs?.Primary;

    /// <summary>The park's time zone: the catalog's when there is one, else <c>Baselines:TimeZone</c>.</summary>
    public TimeZoneInfo TimeZone => catalog?.Park.TimeZone ?? baselines.Value.ResolveTimeZone();

    /// <summary>Whether <paramref name="plant"/> is a plant of the catalog (any plant when no catalog is registered).</summary>
    public bool KnowsPlant(string plant) => catalog is null || catalog.TryGetPlant(plant, out _);

    /// <summary>The instants a period of local days starts and ends at.</summary>
    public (DateTimeOffset From, DateTimeOffset To) Instants(ReportPeriod period) => (StartOf(period.From, TimeZone), StartOf(period.To, TimeZone));

    /// <summary>Loads <paramref name="plant"/>'s data for the local days of <paramref name="period"/>.</summary>
    public async Task<PlantData> LoadAsync(string plant, ReportPeriod period, CancellationToken cancellationToken)
    {
        var timeZone = TimeZone;
        var (from, to) = Instants(period);
        var group = "GROUP BY time(1d)";
        var zone = InfluxQlTime.TimeZoneClause(timeZone);
        var range = $"time >= {InfluxQlTime.Literal(from)} AND time < {InfluxQlTime.Literal(to)}";

        var usage = await reader.QueryAsync(
            $"SELECT sum({InfluxQlTime.Identifier(UsageMeasurement.Amount)}), sum({InfluxQlTime.Identifier(UsageMeasurement.Coverage)}) FROM {InfluxQlTime.Identifier(UsageMeasurement.Name)} " +
            $"WHERE {InfluxQlTime.Identifier(SeriesTags.Plant)} = {InfluxQlTime.Quote(plant)} AND {range} {group}, {InfluxQlTime.Identifier(SeriesTags.Park)}, {InfluxQlTime.Identifier(SeriesTags.Resource)}, {InfluxQlTime.Identifier(SeriesTags.Meter)} fill(none) {zone}",
            cancellationToken);
        // A plant without stored usage in the period still belongs to its catalog park (reports showed "park": null).
        var park = usage.Series.Select(s => s.Tags.GetValueOrDefault(SeriesTags.Park)).FirstOrDefault(p => !string.IsNullOrEmpty(p)) ?? catalog?.Park.Id;
        var byResource = ByFlowAndMeter(plant, usage, s => Daily(s, timeZone));
        var coverage = ByFlowAndMeter(plant, usage, s => DayCoverage(s, timeZone));

        var parkFilter = park is null ? string.Empty : $"{InfluxQlTime.Identifier(SeriesTags.Park)} = {InfluxQlTime.Quote(park)} AND ";
        var weather = await reader.QueryAsync(
            $"SELECT mean({InfluxQlTime.Identifier(ReadingMeasurement.Value)}) FROM {InfluxQlTime.Identifier(ReadingMeasurement.Name)} " +
            $"WHERE {parkFilter}{InfluxQlTime.Identifier(SeriesTags.Resource)} = 'weather' AND {range} GROUP BY time(1h) fill(none) {zone}",
            cancellationToken);
        var temperatures = weather.Series.SelectMany(s => s.Values)
            .Where(row => row[1] is double)
            .GroupBy(row => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(InfluxQlTime.FromEpochMs(row[0]), timeZone).DateTime))
            .OrderBy(g => g.Key)
            .Select(g => new DailyTemperature(g.Key, g.Select(row => (double)row[1]!).ToList()))
            .ToList();
        return new PlantData(park, byResource, [.. temperatures.Select(t => new DailyValue(t.Day, t.Mean))], Units(plant, byResource))
        {
            Temperatures = temperatures,
            Coverage = coverage,
        };
    }

    /// <summary>Flow → meter → the daily values <paramref name="values"/> reads from each series of <paramref name="usage"/>.</summary>
    private Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<DailyValue>>> ByFlowAndMeter(string plant, InfluxQlResult usage, Func<InfluxQlSeries, IEnumerable<DailyValue>> values) =>
        usage.Series
            .GroupBy(s => FlowOf(plant, s.Tags.GetValueOrDefault(SeriesTags.Meter, ""), s.Tags.GetValueOrDefault(SeriesTags.Resource, "")))
            .ToDictionary(
                r => r.Key,
                r => (IReadOnlyDictionary<string, IReadOnlyList<DailyValue>>)r
                    .GroupBy(s => s.Tags.GetValueOrDefault(SeriesTags.Meter, ""))
                    .ToDictionary(m => m.Key, m => (IReadOnlyList<DailyValue>)m.SelectMany(values).ToList()));

    /// <summary>Each flow's usage unit as the catalog declares its meters (only where they agree on one).</summary>
    private Dictionary<string, string> Units(string plant, Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<DailyValue>>> flows)
    {
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (flow, meters) in flows)
        {
            var declared = meters.Keys
                .Select(id => catalog is not null && catalog.TryGetMeter(plant, id, out var meter) ? new MeterSeries(meter.Kind, meter.Unit, meter.CounterSpec).AmountUnit : null)
                .Distinct()
                .ToList();
            if (declared is [{ } unit])
            {
                units[flow] = unit;
            }
        }

        return units;
    }

    /// <summary>
    /// The flow a meter's usage counts in: its resource for intake and production meters (and any meter the catalog does
    /// not know), <c>resource-role</c> (e.g. <c>water-discharge</c>) for output, discharge and ambient meters, which
    /// are reported but never taken for consumption.
    /// </summary>
    private string FlowOf(string plant, string meter, string resource) =>
        catalog is not null && catalog.TryGetMeter(plant, meter, out var declared) && declared.Role is not (MeterRole.Intake or MeterRole.Production)
            ? $"{resource}-{declared.Role.ToString().ToLowerInvariant()}"
            : resource;

    /// <summary>The instant local <paramref name="day"/> starts (local midnight in <paramref name="timeZone"/>).</summary>
    public static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo timeZone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, timeZone.GetUtcOffset(local));
    }

    /// <summary>Each day's covered share: Σ of its minutes' <c>coverage</c> over the minutes of the local day (1,380 or 1,500 on DST days). Rows without coverage give none.</summary>
    private static IEnumerable<DailyValue> DayCoverage(InfluxQlSeries series, TimeZoneInfo timeZone) =>
        series.Values
            .Where(row => row.Count > 2 && row[2] is double)
            .Select(row =>
            {
                var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(InfluxQlTime.FromEpochMs(row[0]), timeZone).DateTime);
                var minutes = (StartOf(day.AddDays(1), timeZone) - StartOf(day, timeZone)).TotalMinutes;
                return new DailyValue(day, (double)row[2]! / minutes);
            });

    private static IEnumerable<DailyValue> Daily(InfluxQlSeries series, TimeZoneInfo timeZone) =>
        series.Values
            .Where(row => row[1] is double)
            .Select(row => new DailyValue(
                DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(InfluxQlTime.FromEpochMs(row[0]), timeZone).DateTime),
                (double)row[1]!));
}
