namespace ResourceMonitor.Worker.Messaging;

/// <summary>Exponential reconnect delays with full jitter, between a minimum and a maximum.</summary>
internal sealed class ReconnectBackoff(TimeSpan min, TimeSpan max)
{
    private readonly TimeSpan _min = min;
    private TimeSpan _next = min;

    /// <summary>The delay before the next attempt; each call doubles the ceiling up to the maximum.</summary>
    public TimeSpan Next()
    {
        var ceiling = _next;
        _next = TimeSpan.FromTicks(Math.Min(max.Ticks, _next.Ticks * 2));
        return _min + TimeSpan.FromTicks((long)(Random.Shared.NextDouble() * (ceiling - _min).Ticks));
    }

    /// <summary>Back to the minimum after a successful connection.</summary>
    public void Reset() => _next = _min;
}
