using InfluxDB.Client.Writes;

namespace ResourceMonitor.Worker.Storage;

/// <summary>
/// The writer behind <see cref="IPointSink"/>, for callers that need to know which points InfluxDB refused
/// (the ingest pipeline reports them on the rejected topic). Calls are written in the order they are made.
/// </summary>
public interface IDurablePointWriter
{
    /// <summary>Completes when every point is in InfluxDB, in the spool, or refused permanently (listed in the report).</summary>
    Task<PointWriteReport> WriteAsync(IReadOnlyList<PointData> points, CancellationToken cancellationToken);
}
