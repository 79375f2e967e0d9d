using ResourceMonitor.Contracts;
using ResourceMonitor.Contracts.Codec;

namespace ResourceMonitor.LoadTest;

/// <summary>One MQTT message of the workload, encoded before the clock starts.</summary>
/// <param name="Topic">The plant's readings topic.</param>
/// <param name="Payload">The v1 reading batch.</param>
/// <param name="Readings">Readings in it.</param>
public sealed record WorkloadMessage(string Topic, byte[] Payload, int Readings);

/// <summary>
/// Reading batches of a <see cref="SyntheticPark"/>: each message carries <c>batchSize</c> readings of one plant (plants round
/// robin), each plant's meters one reading per second each, counters rising, with the edge agent's sequence numbers.
/// </summary>
public sealed class Workload(SyntheticPark park, string log)
{
    private readonly long[] _taken = new long[park.Plants.Count];
    private readonly DateTimeOffset[] _lastLive = new DateTimeOffset[park.Plants.Count];
    private int _nextPlant;

    /// <summary>The next <paramref name="count"/> readings as messages of <paramref name="batchSize"/>, timed from <paramref name="start"/>.</summary>
    public IReadOnlyList<WorkloadMessage> Messages(int count, int batchSize, DateTimeOffset start)
    {
        var messages = new List<WorkloadMessage>((count / batchSize) + 1);
        for (var left = count; left > 0; left -= batchSize)
        {
            messages.Add(Next(Math.Min(batchSize, left), p => start.AddSeconds(_taken[p] / park.MetersOf[p].Length)));
        }

        return messages;
    }

    /// <summary>
    /// One message of <paramref name="size"/> live readings stamped <paramref name="now"/>, a millisecond apart where a plant
    /// sends more than one a millisecond (so no two readings of a meter share a time and none is deduplicated).
    /// </summary>
    public WorkloadMessage Live(int size, DateTimeOffset now) => Next(size, p =>
    {
        var next = _lastLive[p].AddMilliseconds(1);
        _lastLive[p] = now > next ? now : next;
        return _lastLive[p];
    });

    private WorkloadMessage Next(int size, Func<int, DateTimeOffset> timeOf)
    {
        var plant = _nextPlant++ % park.Plants.Count;
        var meters = park.MetersOf[plant];
        var first = _taken[plant] + 1;
        var readings = new Reading[size];
        for (var i = 0; i < size; i++)
        {
            var n = _taken[plant];
            readings[i] = new Reading(meters[n % meters.Length], timeOf(plant), 1000 + ((n / meters.Length) * 0.1), "kWh", ReadingKind.Counter);
            _taken[plant]++;
        }

        var agent = $"load-{park.Plants[plant]}";
        var batch = new ReadingBatch(agent, Ulid.NewUlid().ToString(), readings, new BatchSequence($"{log}-{plant}", first, first + size - 1, 0));
        return new WorkloadMessage(Topics.Readings(park.Id, park.Plants[plant]), ReadingBatchCodec.Encode(batch), size);
    }
}
