namespace ResourceMonitor.Worker.Storage;

/// <summary>Sends one line batch to InfluxDB as one request with a timeout, and classifies the result.</summary>
public interface IInfluxLineWriter
{
    /// <summary>
    /// Writes <paramref name="batch"/> in one attempt bounded by <c>Storage:RequestTimeout</c> (a hang ends as
    /// <see cref="WriteOutcomeKind.Kept"/>); never throws for InfluxDB's or the network's failures, only for cancellation.
    /// Retrying is the caller's (<see cref="PointWriter"/> spools and probes).
    /// </summary>
    Task<WriteOutcome> WriteAsync(LineBatch batch, CancellationToken cancellationToken);

    /// <summary>True when InfluxDB answers its ping.</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken);
}
