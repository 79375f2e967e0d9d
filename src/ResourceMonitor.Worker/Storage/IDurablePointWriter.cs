namespace ResourceMonitor.Worker.Storage;

/// <summary>
/// The writer behind <see cref="IPointSink"/>, for callers that render their own lines (the ingest pipeline, the hot path) and
/// need to know which ones InfluxDB refused (it reports them on the rejected topic). Calls are written in the order they are made.
/// </summary>
public interface IDurablePointWriter
{
    /// <summary>
    /// Completes when every line is in InfluxDB, in the spool, or refused permanently (listed in the report with its index in
    /// <paramref name="lines"/>).
    /// </summary>
    Task<PointWriteReport> WriteAsync(LineBatch lines, CancellationToken cancellationToken);
}
