namespace ResourceMonitor.Worker.Ingest;

/// <summary>
/// The keys one admitted message took in the <see cref="ReadingDeduplicator"/> while it is in flight: its batch key and
/// its readings' (plant, meter, timestamp) keys. They hold off repeats of the message until it is either confirmed
/// (durable and consumed: the keys become memory) or released (it failed: the keys are forgotten, so its redelivery is taken).
/// </summary>
internal sealed class DedupeClaim(string batchKey)
{
    /// <summary>park/plant/batch id.</summary>
    public string BatchKey { get; } = batchKey;

    /// <summary>The readings' keys taken by this message.</summary>
    public List<ReadingKey> Readings { get; } = [];
}
