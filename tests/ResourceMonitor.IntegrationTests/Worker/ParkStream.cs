using ResourceMonitor.Contracts;

namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>
/// Readings of counters and rate gauges of five plants of the sample park, each meter on its own period and phase so its
/// intervals straddle minute boundaries, over <paramref name="span"/> ending <paramref name="age"/> ago (a minute: live,
/// inside the test worker's lateness; hours: history from an edge agent's buffer, aggregated in the meters' own time), cut into slices of 10 s with one batch per plant each. <see cref="ExpectedPerMinute"/> computes what
/// <c>usage_1m</c> must show from the readings alone: each interval's amount spread over the minutes it overlaps, and the
/// readings counted in their minute — written here, independently of the aggregator's code.
/// </summary>
public sealed class ParkStream(TimeSpan span, TimeSpan? age = null)
{
    private static readonly TimeSpan Slice = TimeSpan.FromSeconds(10);

    private static readonly StreamMeter[] Meters =
    [
        new(SamplePark.Dyeing, "grid-power", "kWh", ReadingKind.Counter, TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(3), k => 1_000 + (1.2 * k)),
        new("steel-01", "grid-power", "kWh", ReadingKind.Counter, TimeSpan.FromSeconds(11), TimeSpan.FromSeconds(5), k => 50_000 + (30.5 * k)),
        new("food-01", "city-water", "m3", ReadingKind.Counter, TimeSpan.FromSeconds(13), TimeSpan.FromSeconds(1), k => 200 + (0.05 * k)),
        new("wwtp-01", "influent", "m3/h", ReadingKind.Gauge, TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(4), k => 400 + (50 * Math.Sin(k / 5.0))),
        new("power-01", "recovered-heat", "kW", ReadingKind.Gauge, TimeSpan.FromSeconds(17), TimeSpan.FromSeconds(8), k => 2_000 + (300 * Math.Cos(k / 3.0))),
    ];

    /// <summary>The first slice's start, on a whole minute.</summary>
    public DateTimeOffset Start { get; } = WholeMinute(DateTimeOffset.UtcNow - span - (age ?? TimeSpan.FromMinutes(1)));

    /// <summary>How many slices the span holds.</summary>
    public int Slices => (int)(span / Slice);

    /// <summary>Every reading of the stream.</summary>
    public IEnumerable<(StreamMeter Meter, Reading Reading)> All => Enumerable.Range(0, Slices).SelectMany(ReadingsOf);

    /// <summary>One batch per plant with its meters' readings in slice <paramref name="slice"/> (plants without any are left out).</summary>
    public IReadOnlyList<(string Plant, ReadingBatch Batch)> Batches(int slice) =>
        ReadingsOf(slice)
            .GroupBy(r => r.Meter.Plant)
            .Select(g => (g.Key, new ReadingBatch($"edge-{g.Key}", Ulid.NewUlid().ToString(), g.Select(r => r.Reading).ToArray())))
            .ToArray();

    /// <summary>(plant, meter, minute) → (amount, readings in the minute), for every minute the readings touch.</summary>
    public IReadOnlyDictionary<(string Plant, string Meter, DateTimeOffset Minute), (double Amount, long Count)> ExpectedPerMinute()
    {
        var expected = new Dictionary<(string Plant, string Meter, DateTimeOffset Minute), (double Amount, long Count)>();
        foreach (var meter in Meters)
        {
            var readings = All.Where(r => r.Meter == meter).Select(r => r.Reading).OrderBy(r => r.Timestamp).ToArray();
            foreach (var reading in readings)
            {
                var key = (meter.Plant, meter.Meter, WholeMinute(reading.Timestamp));
                expected[key] = (expected.GetValueOrDefault(key).Amount, expected.GetValueOrDefault(key).Count + 1);
            }

            foreach (var (a, b) in readings.Zip(readings.Skip(1)))
            {
                var amount = meter.AmountBetween(a, b);
                for (var minute = WholeMinute(a.Timestamp); minute < b.Timestamp; minute = minute.AddMinutes(1))
                {
                    var overlap = Min(b.Timestamp, minute.AddMinutes(1)) - Max(a.Timestamp, minute);
                    var key = (meter.Plant, meter.Meter, minute);
                    expected[key] = (expected.GetValueOrDefault(key).Amount + (amount * (overlap / (b.Timestamp - a.Timestamp))), expected.GetValueOrDefault(key).Count);
                }
            }
        }

        return expected;
    }

    private IEnumerable<(StreamMeter Meter, Reading Reading)> ReadingsOf(int slice)
    {
        var from = Start + (slice * Slice);
        foreach (var meter in Meters)
        {
            // Reading k is at Start + Phase + k·Period; those whose time falls in [from, from + Slice).
            var first = (int)Math.Ceiling((from - Start - meter.Phase) / meter.Period);
            for (var k = Math.Max(0, first); Start + meter.Phase + (k * meter.Period) < from + Slice; k++)
            {
                yield return (meter, new Reading(meter.Meter, Start + meter.Phase + (k * meter.Period), meter.ValueAt(k), meter.Unit, meter.Kind));
            }
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset WholeMinute(DateTimeOffset t) => new(t.Year, t.Month, t.Day, t.Hour, t.Minute, 0, TimeSpan.Zero);
}
