namespace ResourceMonitor.IntegrationTests.Chaos;

/// <summary>
/// The <c>usage_1m</c> minutes that a set of readings implies, computed here from docs/storage.md, not with the product's
/// aggregator: a minute exists for every minute a reading is stamped in or an interval between two consecutive readings
/// overlaps; <c>count</c> is the readings stamped in it; <c>amount</c> is each interval's consumption (counter: the
/// difference — the load has no resets, rollovers or spikes; rate gauge: the trapezoid) shared between the minutes the
/// interval overlaps in proportion to the overlap. Gauges that are not rates have no amount.
/// </summary>
public static class ExpectedUsage
{
    private const long MinuteMs = 60_000;

    /// <summary>Per meter (plant, meter) and minute start (Unix ms), the expected point.</summary>
    public static Dictionary<(string Plant, string Meter), SortedDictionary<long, ExpectedMinute>> Of(
        IEnumerable<(ReadingKey Key, double Value)> readings, IReadOnlyList<ChaosMeter> meters)
    {
        var result = new Dictionary<(string, string), SortedDictionary<long, ExpectedMinute>>();
        foreach (var meter in readings.GroupBy(r => (r.Key.Plant, r.Key.Meter)))
        {
            var definition = meters.Single(m => m.Plant == meter.Key.Plant && m.Meter == meter.Key.Meter);
            result[meter.Key] = Minutes(meter.DistinctBy(r => r.Key.TimestampMs).OrderBy(r => r.Key.TimestampMs).ToArray(), definition);
        }

        return result;
    }

    private static SortedDictionary<long, ExpectedMinute> Minutes((ReadingKey Key, double Value)[] ordered, ChaosMeter meter)
    {
        var counts = new SortedDictionary<long, int>();
        var amounts = new SortedDictionary<long, double>();
        foreach (var (key, _) in ordered)
        {
            var minute = Floor(key.TimestampMs);
            counts[minute] = counts.GetValueOrDefault(minute) + 1;
            amounts.TryAdd(minute, 0);
        }

        for (var i = 1; i < ordered.Length; i++)
        {
            var (from, to) = (ordered[i - 1].Key.TimestampMs, ordered[i].Key.TimestampMs);
            var used = meter.Kind == Contracts.ReadingKind.Counter
                ? ordered[i].Value - ordered[i - 1].Value
                : (ordered[i - 1].Value + ordered[i].Value) / 2 * ((to - from) / 3_600_000.0);
            for (var minute = Floor(from); minute < to; minute += MinuteMs)
            {
                var overlap = Math.Min(to, minute + MinuteMs) - Math.Max(from, minute);
                if (overlap > 0)
                {
                    amounts[minute] = amounts.GetValueOrDefault(minute) + (used * overlap / (to - from));
                }
            }
        }

        var minutes = new SortedDictionary<long, ExpectedMinute>();
        foreach (var (minute, amount) in amounts)
        {
            minutes[minute] = new ExpectedMinute(counts.GetValueOrDefault(minute), meter.HasAmount ? amount : null);
        }

        return minutes;
    }

    private static long Floor(long ms) => ms - (((ms % MinuteMs) + MinuteMs) % MinuteMs);
}
