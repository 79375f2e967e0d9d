namespace ResourceMonitor.Worker.Ingest;

/// <summary>
/// Remembers recent batch ids and (plant, meter, timestamp) keys so a redelivered batch or a repeated reading is taken
/// once. Bounded: the oldest keys are forgotten first (batch ids also after <see cref="IngestOptions.BatchIdMemory"/>).
/// Used by the admission stage only (single-threaded).
/// </summary>
internal sealed class ReadingDeduplicator(IngestOptions options, TimeProvider time)
{
    private readonly HashSet<string> _batches = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset Seen)> _batchOrder = new();
    private readonly HashSet<ReadingKey> _readings = [];
    private readonly Queue<ReadingKey> _readingOrder = new();

    /// <summary>True the first time a batch id is seen for a plant; false for a redelivery.</summary>
    public bool TryTakeBatch(string park, string plant, string batchId)
    {
        var now = time.GetUtcNow();
        while (_batchOrder.TryPeek(out var oldest) && (now - oldest.Seen > options.BatchIdMemory || _batchOrder.Count >= options.BatchIdCapacity))
        {
            _batches.Remove(_batchOrder.Dequeue().Key);
        }

        var key = $"{park}/{plant}/{batchId}";
        if (!_batches.Add(key))
        {
            return false;
        }

        _batchOrder.Enqueue((key, now));
        return true;
    }

    /// <summary>True the first time a (plant, meter, timestamp) is seen; false for a repeat.</summary>
    public bool TryTakeReading(string plant, string meter, DateTimeOffset timestamp)
    {
        var key = new ReadingKey(plant, meter, timestamp.UtcTicks);
        if (!_readings.Add(key))
        {
            return false;
        }

        _readingOrder.Enqueue(key);
        if (_readingOrder.Count > options.ReadingKeyCapacity)
        {
            _readings.Remove(_readingOrder.Dequeue());
        }

        return true;
    }

    private readonly record struct ReadingKey(string Plant, string Meter, long Ticks);
}
