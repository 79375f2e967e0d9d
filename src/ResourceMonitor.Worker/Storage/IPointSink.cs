using InfluxDB.Client.Writes;

namespace ResourceMonitor.Worker.Storage;

/// <summary>
/// The worker's durable path into InfluxDB for any measurement (readings, per-minute usage, opportunities, baselines).
/// The returned task completes when the points are in InfluxDB or in the on-disk spool; it never drops a point silently.
/// </summary>
public interface IPointSink
{
    /// <summary>Writes <paramref name="points"/> durably.</summary>
    Task WriteAsync(IReadOnlyList<PointData> points, CancellationToken cancellationToken);
}
