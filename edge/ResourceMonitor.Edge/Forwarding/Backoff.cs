namespace ResourceMonitor.Edge.Forwarding;

/// <summary>Exponential reconnect delay with jitter, reset after a success.</summary>
public sealed class Backoff
{
    private readonly TimeSpan _min;
    private readonly TimeSpan _max;
    private TimeSpan _current;

    /// <summary>Delays from <paramref name="min"/> doubling to <paramref name="max"/>.</summary>
    public Backoff(TimeSpan min, TimeSpan max)
    {
        _min = min;
        _max = max;
        _current = min;
    }

    /// <summary>The next delay (with up to 20 % jitter).</summary>
    public TimeSpan Next()
    {
        var delay = _current;
        _current = TimeSpan.FromTicks(Math.Min(_max.Ticks, _current.Ticks * 2));
        return delay + TimeSpan.FromTicks((long)(delay.Ticks * 0.2 * Random.Shared.NextDouble()));
    }

    /// <summary>Back to the shortest delay.</summary>
    public void Reset() => _current = _min;
}
