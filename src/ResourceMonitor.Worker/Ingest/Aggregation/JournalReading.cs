namespace ResourceMonitor.Worker.Ingest.Aggregation;

/// <summary>A reading the aggregator took (or, first after a compaction, the anchor before a meter's open minutes).</summary>
internal sealed record JournalReading(MeterKey Meter, DateTimeOffset Timestamp, double Value) : JournalEntry(Meter);
