namespace ResourceMonitor.Worker.Symbiosis;

/// <summary>
/// Wakes the evaluation loop early: set by the feed when a reading turned an offer or need on or off. Sets coalesce
/// (one pending wake-up covers any number of readings: the evaluation reads the whole state), so nothing is queued or dropped.
/// </summary>
internal sealed class EvaluationTrigger
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _pending = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Asks for an evaluation now.</summary>
    public void Set()
    {
        lock (_gate)
        {
            _pending.TrySetResult();
        }
    }

    /// <summary>
    /// Waits until <see cref="Set"/> or until <paramref name="timeout"/> has passed on <paramref name="time"/>, then
    /// re-arms. A set that arrives after the wait ended concerns a reading the evaluation that follows already sees.
    /// </summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        Task signalled;
        lock (_gate)
        {
            signalled = _pending.Task;
        }

        if (!signalled.IsCompleted && timeout > TimeSpan.Zero)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            await Task.WhenAny(signalled, Task.Delay(timeout, time, wait.Token));
            await wait.CancelAsync();
        }

        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (_pending.Task.IsCompleted)
            {
                _pending = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }
}
