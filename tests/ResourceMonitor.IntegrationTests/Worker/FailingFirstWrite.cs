using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>The worker's durable writer whose first write fails, as a spool on a disk that refuses it would; later writes go through.</summary>
internal sealed class FailingFirstWrite(IDurablePointWriter inner) : IDurablePointWriter
{
    private int _calls;

    /// <summary>Completes when the first write has failed.</summary>
    public TaskCompletionSource Failed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <inheritdoc />
    public Task<PointWriteReport> WriteAsync(LineBatch lines, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _calls) > 1)
        {
            return inner.WriteAsync(lines, cancellationToken);
        }

        Failed.TrySetResult();
        return Task.FromException<PointWriteReport>(new IOException("The spool's disk refused the write (test fault)."));
    }
}
