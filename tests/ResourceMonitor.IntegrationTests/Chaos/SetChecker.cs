using System.Globalization;
using System.Text.Json;
using ResourceMonitor.IntegrationTests.Infrastructure;

namespace ResourceMonitor.IntegrationTests.Chaos;

/// <summary>
/// The independent set checker: reads back every <c>reading</c> and <c>usage_1m</c> point with its own InfluxQL client and
/// compares them with what the load published (<see cref="ExpectedUsage"/> for the minutes).
/// </summary>
public static class SetChecker
{
    private const int MaxExamplesPerKind = 8;
    private const double Tolerance = 1e-6;

    /// <summary>Checks <paramref name="influx"/> against <paramref name="published"/>.</summary>
    public static async Task<SetVerdict> CheckAsync(InfluxInstance influx, IReadOnlyCollection<PublishedReading> published, IReadOnlyList<ChaosMeter> meters)
    {
        using var readBack = new InfluxReadBack(influx.DirectUrl, influx.Database);
        var readings = await readBack.QueryAsync("SELECT \"value\" FROM \"reading\" GROUP BY *");
        var usage = await readBack.QueryAsync("SELECT \"amount\", \"count\", \"flags\" FROM \"usage_1m\" GROUP BY *");
        var examples = new List<string>();
        var sent = published.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First());

        var stored = new Dictionary<ReadingKey, double>();
        int duplicated = 0, unexpected = 0;
        foreach (var series in readings)
        {
            foreach (var row in series.Rows)
            {
                var key = new ReadingKey(series.Tag("plant"), series.Tag("meter"), row["time"].GetInt64());
                var value = row["value"].GetDouble();
                if (!stored.TryAdd(key, value))
                {
                    duplicated++;
                    Note(examples, "duplicated", $"{key} stored in more than one series (tags {string.Join(',', series.Tags.Select(t => $"{t.Key}={t.Value}"))})");
                }

                if (!sent.TryGetValue(key, out var reading))
                {
                    unexpected++;
                    Note(examples, "unexpected", $"{key} = {value} stored but never published");
                }
                else if (Math.Abs(reading.Value - value) > Tolerance * Math.Max(1, Math.Abs(reading.Value)))
                {
                    unexpected++;
                    Note(examples, "unexpected", $"{key} stored as {value}, published as {reading.Value}");
                }
            }
        }

        var acknowledged = sent.Values.Where(p => p.Acknowledged).ToArray();
        var lost = acknowledged.Where(p => !stored.ContainsKey(p.Key)).ToArray();
        foreach (var missing in lost.GroupBy(p => (p.Key.Plant, p.Key.Meter)))
        {
            var times = missing.Select(p => p.Key.TimestampMs).Order().ToArray();
            Note(examples, "lost", $"{missing.Key.Plant}/{missing.Key.Meter}: {times.Length} readings between {Time(times[0])} and {Time(times[^1])}");
        }

        // The minutes follow from what was published and acknowledged, plus anything published that InfluxDB holds.
        var basis = sent.Values.Where(p => p.Acknowledged || stored.ContainsKey(p.Key)).Select(p => (p.Key, p.Value));
        var (checkedMinutes, wrong, overCounted) = CheckMinutes(ExpectedUsage.Of(basis, meters), usage, examples);
        return new SetVerdict(published.Count, acknowledged.Length, stored.Count, lost.Length, unexpected, duplicated + overCounted, checkedMinutes, wrong, examples);
    }

    private static (int Checked, int Wrong, int OverCounted) CheckMinutes(
        Dictionary<(string Plant, string Meter), SortedDictionary<long, ExpectedMinute>> expected, IReadOnlyList<StoredSeries> usage, List<string> examples)
    {
        var actual = new Dictionary<(string, string, long), IReadOnlyDictionary<string, JsonElement>>();
        foreach (var series in usage)
        {
            foreach (var row in series.Rows)
            {
                actual[(series.Tag("plant"), series.Tag("meter"), row["time"].GetInt64())] = row;
            }
        }

        int checkedMinutes = 0, wrong = 0, overCounted = 0;
        foreach (var ((plant, meter), minutes) in expected)
        {
            foreach (var (minute, want) in minutes)
            {
                checkedMinutes++;
                if (!actual.Remove((plant, meter, minute), out var row))
                {
                    wrong++;
                    Note(examples, "minute", $"{plant}/{meter} {Time(minute)}: missing (expected count {want.Count}, amount {want.Amount})");
                    continue;
                }

                var count = Number(row, "count");
                var amount = Number(row, "amount");
                var flags = Number(row, "flags");
                var amountRight = want.Amount is { } a
                    ? amount is { } got && Math.Abs(got - a) <= Tolerance * Math.Max(1, Math.Abs(a))
                    : amount is null;
                if (count != want.Count || !amountRight || flags is not (null or 0))
                {
                    wrong++;
                    Note(examples, "minute", $"{plant}/{meter} {Time(minute)}: count {count}, amount {amount}, flags {flags}; expected count {want.Count}, amount {want.Amount}, flags 0");
                }

                if (count > want.Count)
                {
                    overCounted += (int)(count.Value - want.Count);
                }
            }
        }

        foreach (var ((plant, meter, minute), row) in actual)
        {
            wrong++;
            Note(examples, "minute", $"{plant}/{meter} {Time(minute)}: stored (count {Number(row, "count")}, amount {Number(row, "amount")}) but no published reading implies it");
        }

        return (checkedMinutes, wrong, overCounted);
    }

    private static double? Number(IReadOnlyDictionary<string, JsonElement> row, string column) =>
        row.TryGetValue(column, out var cell) && cell.ValueKind == JsonValueKind.Number ? cell.GetDouble() : null;

    private static void Note(List<string> examples, string kind, string text)
    {
        if (examples.Count(e => e.StartsWith(kind, StringComparison.Ordinal)) < MaxExamplesPerKind)
        {
            examples.Add($"{kind}: {text}");
        }
    }

    private static string Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);
}
