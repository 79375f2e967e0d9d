using Microsoft.Extensions.Options;
using ResourceMonitor.Domain.Baselines.Profiles;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.Worker.Baselines;

/// <summary>
/// Computes every meter's hour-of-week profile from the stored readings with InfluxQL: a counter's hourly level is its
/// hourly usage (<c>non_negative_difference(last(value))</c> over 1 h buckets), a gauge's the hourly mean. Weather meters
/// are left out: an unusual outdoor temperature is not a plant's deviation.
/// </summary>
public sealed class ProfileLoader(IInfluxQlReader reader, IOptions<BaselinesOptions> options, TimeProvider time)
{
    /// <summary>Loads the profiles of the trailing weeks up to now.</summary>
    public async Task<Dictionary<MeterKey, HourOfWeekProfile>> LoadAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var timeZone = settings.ResolveTimeZone();
        var to = time.GetUtcNow();
        var from = to.AddDays(-7 * settings.TrailingWeeks);
        var hourly = new Dictionary<MeterKey, List<HourlyValue>>();
        await CollectAsync(hourly, Query(settings, "non_negative_difference(last(\"value\"))", "counter", from, to), cancellationToken);
        await CollectAsync(hourly, Query(settings, "mean(\"value\")", "gauge", from, to), cancellationToken);
        return hourly.ToDictionary(
            kv => kv.Key,
            kv => HourOfWeekProfileBuilder.Build(kv.Key.Meter, timeZone, kv.Value, settings.MinimumWeeks));
    }

    private static string Query(BaselinesOptions settings, string selector, string kind, DateTimeOffset from, DateTimeOffset to) =>
        $"SELECT {selector} AS \"v\" FROM {InfluxQlTime.Identifier(settings.ReadingMeasurement)} " +
        $"WHERE \"kind\" = '{kind}' AND \"resource\" != 'weather' AND time >= {InfluxQlTime.Literal(from)} AND time < {InfluxQlTime.Literal(to)} " +
        "GROUP BY time(1h), \"park\", \"plant\", \"meter\" fill(none)";

    private async Task CollectAsync(Dictionary<MeterKey, List<HourlyValue>> hourly, string query, CancellationToken cancellationToken)
    {
        var result = await reader.QueryAsync(query, cancellationToken);
        foreach (var series in result.Series)
        {
            var key = new MeterKey(series.Tags.GetValueOrDefault("park", ""), series.Tags.GetValueOrDefault("plant", ""), series.Tags.GetValueOrDefault("meter", ""));
            if (!hourly.TryGetValue(key, out var values))
            {
                values = [];
                hourly[key] = values;
            }

            foreach (var row in series.Values)
            {
                if (row[1] is double value)
                {
                    values.Add(new HourlyValue(InfluxQlTime.FromEpochMs(row[0]), value));
                }
            }
        }
    }
}
