namespace ResourceMonitor.Worker.Storage;

/// <summary>A point InfluxDB refused permanently (a 400 for that line), with InfluxDB's reason.</summary>
public sealed record RejectedPoint(string Line, string Reason);
