namespace ResourceMonitor.Worker.Storage;

/// <summary>What became of one caller's points: all durable (in InfluxDB or spooled) except <see cref="Rejected"/>.</summary>
/// <param name="Rejected">Points InfluxDB refused permanently; the others are durable.</param>
/// <param name="Spooled">True when some points went to the spool rather than straight to InfluxDB.</param>
public sealed record PointWriteReport(IReadOnlyList<RejectedPoint> Rejected, bool Spooled)
{
    /// <summary>Everything written to InfluxDB.</summary>
    public static PointWriteReport Written { get; } = new([], false);
}
