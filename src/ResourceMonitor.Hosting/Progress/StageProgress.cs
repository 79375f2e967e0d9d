namespace ResourceMonitor.Hosting.Progress;

/// <summary>
/// What one stage reports as it works: items received and completed (a stage with items waiting and no completion for
/// <c>StallAfter</c> is stalled), or runs of a periodic stage (overdue by more than <c>StallAfter</c> is stalled). Cheap and
/// thread-safe: call it per item. Obtained from <see cref="StageRegistry.Register"/>.
/// </summary>
public sealed class StageProgress
{
    private readonly TimeProvider _time;
    private readonly long _registeredAt;
    private long _received;
    private long _completed;
    private long _busySince;
    private long _lastProgress;
    private int _restarts;
    private string? _lastError;
    private volatile string? _fault;

    internal StageProgress(string name, TimeSpan? period, TimeProvider time)
    {
        Name = name;
        Period = period;
        _time = time;
        _registeredAt = Now();
    }

    /// <summary>The stage's name.</summary>
    public string Name { get; }

    /// <summary>For a periodic stage, how often it runs.</summary>
    public TimeSpan? Period { get; }

    /// <summary><paramref name="count"/> items handed to the stage.</summary>
    public void Received(long count = 1)
    {
        var before = Interlocked.Add(ref _received, count) - count;
        if (before <= Volatile.Read(ref _completed))
        {
            // Idle until now: the no-progress clock starts with this item, not at the last completion long ago.
            Volatile.Write(ref _busySince, Now());
        }
    }

    /// <summary><paramref name="count"/> items finished (passed on, acknowledged, written, or deliberately dropped with a count).</summary>
    public void Completed(long count = 1)
    {
        Interlocked.Add(ref _completed, count);
        Volatile.Write(ref _lastProgress, Now());
        _fault = null;
    }

    /// <summary>A periodic stage finished one run.</summary>
    public void Ran() => Completed(0);

    /// <summary>Records a fault; <paramref name="restarting"/> tells whether the supervisor runs the stage again.</summary>
    internal void Faulted(Exception exception, bool restarting)
    {
        _lastError = exception.Message;
        if (restarting)
        {
            Interlocked.Increment(ref _restarts);
        }

        _fault = restarting ? StageStates.Restarting : StageStates.Failed;
    }

    /// <summary>The supervisor runs the stage again after a fault: it is judged by its progress from now on.</summary>
    internal void Resumed()
    {
        _fault = null;
        Volatile.Write(ref _busySince, Now());
    }

    /// <summary>The stage's figures now, judged against <paramref name="stallAfter"/>.</summary>
    internal StageReport Report(TimeSpan stallAfter)
    {
        var now = Now();
        var completed = Volatile.Read(ref _completed);
        var waiting = Math.Max(0, Volatile.Read(ref _received) - completed);
        var last = Volatile.Read(ref _lastProgress);
        var (state, reason) = Judge(now, waiting, last, stallAfter);
        return new StageReport(Name, Volatile.Read(ref _received), completed, waiting, last == 0 ? null : new DateTimeOffset(last, TimeSpan.Zero),
            Period, Volatile.Read(ref _restarts), _lastError, state, reason);
    }

    private (string State, string? Reason) Judge(long now, long waiting, long lastProgress, TimeSpan stallAfter)
    {
        if (_fault is { } fault)
        {
            return (fault, $"faulted: {_lastError}");
        }

        if (Period is { } period)
        {
            var since = Math.Max(lastProgress, _registeredAt);
            var overdue = TimeSpan.FromTicks(now - since) - period;
            return overdue > stallAfter
                ? (StageStates.Stalled, $"has not run for {TimeSpan.FromTicks(now - since)} (runs every {period})")
                : (StageStates.Running, null);
        }

        var quiet = TimeSpan.FromTicks(now - Math.Max(lastProgress, Volatile.Read(ref _busySince)));
        return waiting > 0 && quiet > stallAfter
            ? (StageStates.Stalled, $"{waiting} waiting, no progress for {quiet}")
            : (StageStates.Running, null);
    }

    private long Now() => _time.GetUtcNow().UtcTicks;
}
