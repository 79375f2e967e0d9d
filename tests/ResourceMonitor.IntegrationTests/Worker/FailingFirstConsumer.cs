using System.Collections.Concurrent;
using ResourceMonitor.Worker.Ingest;

namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>A fan-out consumer that fails on the first batch it gets (as a journal on a full disk would) and records every batch id handed to it.</summary>
internal sealed class FailingFirstConsumer : IAcceptedReadingsConsumer
{
    private int _calls;

    /// <summary>Completes when the first batch has failed.</summary>
    public TaskCompletionSource Failed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Every batch id received, in order, the failed one included.</summary>
    public ConcurrentQueue<string> Received { get; } = new();

    /// <inheritdoc />
    public ValueTask OnAcceptedAsync(AcceptedBatch batch, CancellationToken cancellationToken)
    {
        Received.Enqueue(batch.BatchId);
        if (Interlocked.Increment(ref _calls) > 1)
        {
            return ValueTask.CompletedTask;
        }

        Failed.TrySetResult();
        return ValueTask.FromException(new IOException("The consumer's journal refused the batch (test fault)."));
    }
}
