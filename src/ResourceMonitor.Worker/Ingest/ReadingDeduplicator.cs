namespace ResourceMonitor.Worker.Ingest;

/// <summary>
/// Takes a batch id and a (plant, meter, timestamp) key once. A message's keys are claimed at admission and held while it
/// is in flight, so a redelivery or a repeat arriving meanwhile is not stored or fanned out a second time; they become
/// memory only when the pipeline confirms the message (its readings durable and every consumer has them), and are
/// forgotten when it releases a failed one, so the broker's redelivery of a message that was never stored is taken.
/// Memory is bounded: the oldest keys are forgotten first (batch ids also after <see cref="IngestOptions.BatchIdMemory"/>).
/// Admission claims, the acknowledgement stage confirms and releases: thread-safe.
/// </summary>
internal sealed class ReadingDeduplicator(IngestOptions options, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _batches = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset Seen)> _batchOrder = new();
    private readonly HashSet<ReadingKey> _readings = [];
    private readonly Queue<ReadingKey> _readingOrder = new();
    private readonly HashSet<string> _claimedBatches = new(StringComparer.Ordinal);
    private readonly HashSet<ReadingKey> _claimedReadings = [];

    /// <summary>Keys remembered (confirmed) and claimed (in flight), for tests and metrics.</summary>
    public (int Remembered, int Claimed) Count
    {
        get
        {
            lock (_gate)
            {
                return (_batches.Count + _readings.Count, _claimedBatches.Count + _claimedReadings.Count);
            }
        }
    }

    /// <summary>A claim on the batch id the first time it is seen for a plant; null for a redelivery (remembered or in flight).</summary>
    public DedupeClaim? TryClaimBatch(string park, string plant, string batchId)
    {
        var key = $"{park}/{plant}/{batchId}";
        lock (_gate)
        {
            ForgetExpiredBatches();
            if (_batches.Contains(key) || !_claimedBatches.Add(key))
            {
                return null;
            }

            return new DedupeClaim(key);
        }
    }

    /// <summary>
    /// A claim for the reading keys of a batch that is deduplicated by sequence number instead of batch id (its batch id is
    /// neither checked nor held while in flight).
    /// </summary>
    public static DedupeClaim ClaimReadingsOf(string park, string plant, string batchId) => new($"{park}/{plant}/{batchId}");

    /// <summary>True (and the key joins <paramref name="claim"/>) the first time a (plant, meter, timestamp) is seen; false for a repeat.</summary>
    public bool TryClaimReading(DedupeClaim claim, string plant, string meter, DateTimeOffset timestamp)
    {
        var key = new ReadingKey(plant, meter, timestamp.UtcTicks);
        lock (_gate)
        {
            if (_readings.Contains(key) || !_claimedReadings.Add(key))
            {
                return false;
            }

            claim.Readings.Add(key);
            return true;
        }
    }

    /// <summary>The claimed message is durable and consumed: its keys are remembered.</summary>
    public void Confirm(DedupeClaim claim)
    {
        lock (_gate)
        {
            Unclaim(claim);
            if (_batches.Add(claim.BatchKey))
            {
                _batchOrder.Enqueue((claim.BatchKey, time.GetUtcNow()));
            }

            foreach (var key in claim.Readings.Where(_readings.Add))
            {
                _readingOrder.Enqueue(key);
                if (_readingOrder.Count > options.ReadingKeyCapacity)
                {
                    _readings.Remove(_readingOrder.Dequeue());
                }
            }

            ForgetExpiredBatches();
        }
    }

    /// <summary>The claimed message failed (not durable, or a consumer failed): its keys are forgotten.</summary>
    public void Release(DedupeClaim claim)
    {
        lock (_gate)
        {
            Unclaim(claim);
        }
    }

    private void Unclaim(DedupeClaim claim)
    {
        _claimedBatches.Remove(claim.BatchKey);
        _claimedReadings.ExceptWith(claim.Readings);
    }

    private void ForgetExpiredBatches()
    {
        var now = time.GetUtcNow();
        while (_batchOrder.TryPeek(out var oldest) && (now - oldest.Seen > options.BatchIdMemory || _batchOrder.Count > options.BatchIdCapacity))
        {
            _batches.Remove(_batchOrder.Dequeue().Key);
        }
    }
}
