namespace ResourceMonitor.Worker.Storage;

/// <summary>
/// Wakes one waiting loop when the state it watches changed (the spool got a batch, or room). Rings while nobody waits
/// coalesce into one wake-up; the waiter re-checks the state after waking, so a coalesced ring loses nothing.
/// </summary>
internal sealed class Doorbell : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);
    private int _rung;

    /// <summary>Wakes the waiter (now, or at its next wait).</summary>
    public void Ring()
    {
        if (Interlocked.Exchange(ref _rung, 1) == 0)
        {
            _signal.Release();
        }
    }

    /// <summary>Waits for a ring since the last wake-up.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        await _signal.WaitAsync(cancellationToken);
        Interlocked.Exchange(ref _rung, 0);
    }

    public void Dispose() => _signal.Dispose();
}
