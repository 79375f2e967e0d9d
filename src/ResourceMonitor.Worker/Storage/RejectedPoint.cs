namespace ResourceMonitor.Worker.Storage;

/// <summary>A point InfluxDB refused permanently (a 400 for that line), with InfluxDB's reason.</summary>
/// <param name="Index">The line's position in the caller's write, so the caller maps it back without rendering anything again.</param>
/// <param name="Line">The line.</param>
/// <param name="Reason">InfluxDB's reason.</param>
public sealed record RejectedPoint(int Index, string Line, string Reason);
