namespace ResourceMonitor.Worker.Ingest;

/// <summary>A reading's identity for deduplication: a meter of a plant at a timestamp (ticks).</summary>
internal readonly record struct ReadingKey(string Plant, string Meter, long Ticks);
