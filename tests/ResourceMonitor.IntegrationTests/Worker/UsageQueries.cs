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

    /// <summary>usage_1m amount and reading count of every meter, by plant, meter and minute.</summary>
    public static async Task<Dictionary<(string Plant, string Meter, DateTimeOffset Minute), (double Amount, long Count)>> PerMeterMinuteAsync(InfluxInstance influx)
    {
        var result = await influx.QueryAsync("SELECT amount, \"count\" FROM usage_1m GROUP BY plant, meter");
        return result.Series
            .SelectMany(series => series.Values.Select(row => (
                Key: (series.Tags["plant"], series.Tags["meter"], DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(row[0], CultureInfo.InvariantCulture))),
                Value: (Convert.ToDouble(row[1], CultureInfo.InvariantCulture), Convert.ToInt64(row[2], CultureInfo.InvariantCulture)))))
            .ToDictionary(r => r.Key, r => r.Value);
    }

    /// <summary>The minutes where <paramref name="actual"/> differs from <paramref name="expected"/> (amount beyond a millionth, or count), described.</summary>
    public static IReadOnlyList<string> Differences(
        IReadOnlyDictionary<(string Plant, string Meter, DateTimeOffset Minute), (double Amount, long Count)> expected,
        IReadOnlyDictionary<(string Plant, string Meter, DateTimeOffset Minute), (double Amount, long Count)> actual) =>
        expected.Keys.Union(actual.Keys).Order()
            .Where(k => !expected.TryGetValue(k, out var e) || !actual.TryGetValue(k, out var a) || e.Count != a.Count || Math.Abs(e.Amount - a.Amount) > 1e-6 * Math.Max(1, Math.Abs(e.Amount)))
            .Select(k => $"{k.Plant}/{k.Meter} {k.Minute:HH:mm}: expected {Show(expected, k)}, got {Show(actual, k)}")
            .ToArray();

    /// <summary>Stored points of measurement <c>reading</c>.</summary>
    public static async Task<int> ReadingsAsync(InfluxInstance influx) => (int)await influx.ScalarAsync("SELECT count(value) FROM reading");

    /// <summary>True when the two per-minute maps agree within a millionth.</summary>
    public static bool Same(IReadOnlyDictionary<DateTimeOffset, double> expected, IReadOnlyDictionary<DateTimeOffset, double> actual) =>
        expected.Count == actual.Count && expected.All(e => actual.TryGetValue(e.Key, out var a) && Math.Abs(a - e.Value) < 1e-6);

    /// <summary>A readable diff for failure messages.</summary>
    public static string Describe(IReadOnlyDictionary<DateTimeOffset, double> expected, IReadOnlyDictionary<DateTimeOffset, double> actual) =>
        string.Join("; ", expected.Keys.Union(actual.Keys).Order().Select(k =>
            $"{k:HH:mm}: expected {(expected.TryGetValue(k, out var e) ? e : double.NaN)}, got {(actual.TryGetValue(k, out var a) ? a : double.NaN)}"));

    private static string Show(IReadOnlyDictionary<(string Plant, string Meter, DateTimeOffset Minute), (double Amount, long Count)> minutes, (string, string, DateTimeOffset) key) =>
        minutes.TryGetValue(key, out var m) ? string.Create(CultureInfo.InvariantCulture, $"{m.Amount:0.######} ({m.Count} readings)") : "nothing";
}
