namespace ResourceMonitor.Worker.Storage;

/// <summary>Sends one line batch to InfluxDB, with retries, a circuit breaker and timeouts, and classifies the result.</summary>
public interface IInfluxLineWriter
{
    /// <summary>Writes <paramref name="batch"/>; never throws for InfluxDB's or the network's failures, only for cancellation.</summary>
    Task<WriteOutcome> WriteAsync(LineBatch batch, CancellationToken cancellationToken);

    /// <summary>True when InfluxDB answers its ping.</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken);
}
