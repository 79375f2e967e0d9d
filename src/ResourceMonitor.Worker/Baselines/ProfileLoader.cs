using Microsoft.Extensions.Options;
using ResourceMonitor.Domain.Baselines.Profiles;
using ResourceMonitor.Worker.Storage;
using ResourceMonitor.Worker.Storage.Schema;

namespace ResourceMonitor.Worker.Baselines;

/// <summary>
/// Computes every meter's hour-of-week profile from the worker's per-minute usage (docs/storage.md, measurement
/// <c>usage_1m</c>) with InfluxQL: the hourly level is the mean of the minutes' <c>mean_rate</c> (a quantity's rate per
/// hour, after the aggregator has told rollovers, resets and spikes apart, or a gauge's value). Weather meters are
/// left out: an unusual outdoor temperature is not a plant's deviation. Hour buckets start at local hours, also in
/// zones whose offset is not whole hours.
/// </summary>
public sealed class ProfileLoader(IInfluxQlReader reader, IOptions<BaselinesOptions> options, TimeProvider time)
{
    /// <summary>
    /// Loads the profiles of the trailing weeks of complete local hours, up to the start of the current hour: every hour
    /// of the week then has exactly one hour from each week (a window ending at "now" would cut the oldest week's
    /// current hour short and add this week's unfinished one).
    /// </summary>
    public async Task<Dictionary<MeterKey, HourOfWeekProfile>> LoadAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var timeZone = settings.ResolveTimeZone();
        var to = LocalHours.StartOf(time.GetUtcNow(), timeZone);
        var from = to.AddDays(-7 * settings.TrailingWeeks);
        var result = await reader.QueryAsync(
            $"SELECT mean({InfluxQlTime.Identifier(UsageMeasurement.MeanRate)}) FROM {InfluxQlTime.Identifier(UsageMeasurement.Name)} " +
            $"WHERE {InfluxQlTime.Identifier(SeriesTags.Resource)} != 'weather' AND time >= {InfluxQlTime.Literal(from)} AND time < {InfluxQlTime.Literal(to)} " +
            $"GROUP BY time({InfluxQlTime.LocalHourInterval(timeZone)}), {InfluxQlTime.Identifier(SeriesTags.Park)}, {InfluxQlTime.Identifier(SeriesTags.Plant)}, {InfluxQlTime.Identifier(SeriesTags.Meter)} fill(none)",
            cancellationToken);
        return result.Series.ToDictionary(
            series => new MeterKey(series.Tags.GetValueOrDefault(SeriesTags.Park, ""), series.Tags.GetValueOrDefault(SeriesTags.Plant, ""), series.Tags.GetValueOrDefault(SeriesTags.Meter, "")),
            series => HourOfWeekProfileBuilder.Build(series.Tags.GetValueOrDefault(SeriesTags.Meter, ""), timeZone, Hourly(series), settings.MinimumWeeks));
    }

    private static IEnumerable<HourlyValue> Hourly(InfluxQlSeries series) =>
        series.Values.Where(row => row[1] is double).Select(row => new HourlyValue(InfluxQlTime.FromEpochMs(row[0]), (double)row[1]!));
}
