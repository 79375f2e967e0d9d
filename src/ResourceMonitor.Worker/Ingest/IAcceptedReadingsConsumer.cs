namespace ResourceMonitor.Worker.Ingest;

/// <summary>
/// A stage fed by the ingest pipeline's fan-out (aggregator, surplus detector, profile baselines...). Register one
/// with <c>services.AddSingleton&lt;IAcceptedReadingsConsumer, T&gt;()</c>; the pipeline calls every registered consumer
/// for every accepted batch, in arrival order per plant. A consumer must not block: hand work to its own bounded channel.
/// </summary>
public interface IAcceptedReadingsConsumer
{
    /// <summary>Takes one accepted batch.</summary>
    ValueTask OnAcceptedAsync(AcceptedBatch batch, CancellationToken cancellationToken);
}
