using Microsoft.Extensions.Options;
using ResourceMonitor.Domain.Aggregation;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Baselines.Drivers;
using ResourceMonitor.Worker.Baselines;
using ResourceMonitor.Worker.Storage;
using ResourceMonitor.Worker.Storage.Schema;

namespace ResourceMonitor.Worker.Reports;

/// <summary>
/// Reads a plant's daily usage and the park's daily mean temperature with InfluxQL, in local days
/// (<c>GROUP BY time(1d, offset)</c> with the park time zone's offset, so a day is the plant's day, not UTC's).
/// </summary>
public sealed class PlantDataLoader(IInfluxQlReader reader, IOptions<BaselinesOptions> baselines, ParkCatalog? catalog = null)
{
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
        var group = $"GROUP BY time(1d, {InfluxQlTime.LocalDayOffset(timeZone)})";
        var range = $"time >= {InfluxQlTime.Literal(from)} AND time < {InfluxQlTime.Literal(to)}";

        var usage = await reader.QueryAsync(
            $"SELECT sum({InfluxQlTime.Identifier(UsageMeasurement.Amount)}) FROM {InfluxQlTime.Identifier(UsageMeasurement.Name)} " +
            $"WHERE {InfluxQlTime.Identifier(SeriesTags.Plant)} = {InfluxQlTime.Quote(plant)} AND {range} {group}, {InfluxQlTime.Identifier(SeriesTags.Park)}, {InfluxQlTime.Identifier(SeriesTags.Resource)}, {InfluxQlTime.Identifier(SeriesTags.Meter)} fill(none)",
            cancellationToken);
        // A plant without stored usage in the period still belongs to its catalog park (reports showed "park": null).
        var park = usage.Series.Select(s => s.Tags.GetValueOrDefault(SeriesTags.Park)).FirstOrDefault(p => !string.IsNullOrEmpty(p)) ?? catalog?.Park.Id;
        var byResource = usage.Series
            .GroupBy(s => FlowOf(plant, s.Tags.GetValueOrDefault(SeriesTags.Meter, ""), s.Tags.GetValueOrDefault(SeriesTags.Resource, "")))
            .ToDictionary(
                r => r.Key,
                r => (IReadOnlyDictionary<string, IReadOnlyList<DailyValue>>)r
                    .GroupBy(s => s.Tags.GetValueOrDefault(SeriesTags.Meter, ""))
                    .ToDictionary(m => m.Key, m => (IReadOnlyList<DailyValue>)m.SelectMany(s => Daily(s, timeZone)).ToList()));

        var parkFilter = park is null ? string.Empty : $"{InfluxQlTime.Identifier(SeriesTags.Park)} = {InfluxQlTime.Quote(park)} AND ";
        var weather = await reader.QueryAsync(
            $"SELECT mean({InfluxQlTime.Identifier(ReadingMeasurement.Value)}) FROM {InfluxQlTime.Identifier(ReadingMeasurement.Name)} " +
            $"WHERE {parkFilter}{InfluxQlTime.Identifier(SeriesTags.Resource)} = 'weather' AND {range} {group} fill(none)",
            cancellationToken);
        var temperature = weather.Series.SelectMany(s => Daily(s, timeZone)).ToList();
        return new PlantData(park, byResource, temperature, Units(plant, byResource));
    }

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

    private static IEnumerable<DailyValue> Daily(InfluxQlSeries series, TimeZoneInfo timeZone) =>
        series.Values
            .Where(row => row[1] is double)
            .Select(row => new DailyValue(
                DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(InfluxQlTime.FromEpochMs(row[0]), timeZone).DateTime),
                (double)row[1]!));
}
