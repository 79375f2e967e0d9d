using System.Globalization;
using ResourceMonitor.IntegrationTests.Infrastructure;

namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>Reads the worker's measurements back for assertions.</summary>
public static class UsageQueries
{
    /// <summary>usage_1m amounts of the dyeing plant's power meter, by minute.</summary>
    public static async Task<Dictionary<DateTimeOffset, double>> PerMinuteAsync(InfluxInstance influx)
    {
        var result = await influx.QueryAsync("SELECT amount FROM usage_1m WHERE meter = 'grid-power' AND plant = 'dyeing-01'");
        return result.Series.Count == 0
            ? []
            : result.Series[0].Values.ToDictionary(
                row => DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(row[0], CultureInfo.InvariantCulture)),
                row => Convert.ToDouble(row[1], CultureInfo.InvariantCulture));
    }

    /// <summary>Stored points of measurement <c>reading</c>.</summary>
    public static async Task<int> ReadingsAsync(InfluxInstance influx) => (int)await influx.ScalarAsync("SELECT count(value) FROM reading");

    /// <summary>True when the two per-minute maps agree within a millionth.</summary>
    public static bool Same(IReadOnlyDictionary<DateTimeOffset, double> expected, IReadOnlyDictionary<DateTimeOffset, double> actual) =>
        expected.Count == actual.Count && expected.All(e => actual.TryGetValue(e.Key, out var a) && Math.Abs(a - e.Value) < 1e-6);

    /// <summary>A readable diff for failure messages.</summary>
    public static string Describe(IReadOnlyDictionary<DateTimeOffset, double> expected, IReadOnlyDictionary<DateTimeOffset, double> actual) =>
        string.Join("; ", expected.Keys.Union(actual.Keys).Order().Select(k =>
            $"{k:HH:mm}: expected {(expected.TryGetValue(k, out var e) ? e : double.NaN)}, got {(actual.TryGetValue(k, out var a) ? a : double.NaN)}"));
}
