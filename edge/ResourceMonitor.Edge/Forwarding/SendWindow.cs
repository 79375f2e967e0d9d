namespace ResourceMonitor.Edge.Forwarding;

/// <summary>
/// The end-to-end sending window over the buffer's sequence numbers: what was sent since the last acknowledgement, how much
/// more may go out, and when the acknowledgement is overdue so the agent resends from checkpoint + 1. Clock-free: every call
/// takes the time.
/// </summary>
public sealed class SendWindow
{
    private readonly int _capacity;
    private readonly TimeSpan _timeout;
    private long _checkpoint;
    private long _sent;
    private DateTimeOffset _waitingSince;

    /// <summary>A window of at most <paramref name="capacity"/> unacknowledged readings, overdue after <paramref name="timeout"/> without progress.</summary>
    public SendWindow(int capacity, TimeSpan timeout)
    {
        _capacity = capacity;
        _timeout = timeout;
    }

    /// <summary>The next sequence number to send.</summary>
    public long Next => _sent + 1;

    /// <summary>Readings sent and not yet acknowledged.</summary>
    public long Unacknowledged => _sent - _checkpoint;

    /// <summary>How many more readings may be sent now.</summary>
    public int Room => (int)Math.Max(0, _capacity - Unacknowledged);

    /// <summary>Starts over from <paramref name="checkpoint"/> + 1 (after a connect or an overdue acknowledgement).</summary>
    public void Rewind(long checkpoint, DateTimeOffset now)
    {
        _checkpoint = checkpoint;
        _sent = checkpoint;
        _waitingSince = now;
    }

    /// <summary>The buffer's checkpoint now: an advance is progress and restarts the timeout.</summary>
    public void Observe(long checkpoint, DateTimeOffset now)
    {
        if (checkpoint > _checkpoint)
        {
            _checkpoint = checkpoint;
            _waitingSince = now;
        }

        _sent = Math.Max(_sent, _checkpoint);
    }

    /// <summary>Readings up to <paramref name="last"/> went out.</summary>
    public void Sent(long last, DateTimeOffset now)
    {
        if (Unacknowledged == 0)
        {
            // Nothing was waiting: the timeout counts from this send, not from the last acknowledgement long ago.
            _waitingSince = now;
        }

        _sent = Math.Max(_sent, last);
    }

    /// <summary>True when readings are unacknowledged and no acknowledgement advanced for the timeout.</summary>
    public bool IsOverdue(DateTimeOffset now) => Unacknowledged > 0 && now - _waitingSince >= _timeout;

    /// <summary>How long until the acknowledgement is overdue (the timeout when nothing is waiting).</summary>
    public TimeSpan UntilOverdue(DateTimeOffset now) =>
        Unacknowledged > 0 ? TimeSpan.FromTicks(Math.Max(0, (_waitingSince + _timeout - now).Ticks)) : _timeout;
}
