namespace ResourceMonitor.Worker.Ingest.Aggregation;

/// <summary>One reading as the aggregator's journal keeps it.</summary>
public readonly record struct JournalEntry(MeterKey Meter, DateTimeOffset Timestamp, double Value);
