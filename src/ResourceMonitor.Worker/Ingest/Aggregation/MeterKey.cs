namespace ResourceMonitor.Worker.Ingest.Aggregation;

/// <summary>A meter of a plant of a park.</summary>
public readonly record struct MeterKey(string Park, string Plant, string Meter);
