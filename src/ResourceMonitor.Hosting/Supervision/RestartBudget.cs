using ResourceMonitor.Hosting.Retry;

namespace ResourceMonitor.Hosting.Supervision;

/// <summary>
/// One stage's restarts within the window: each fault either gets a delay before the next run (doubling from the minimum
/// to the maximum) or, once <see cref="SupervisionOptions.MaxRestarts"/> restarts fall within the window, none.
/// </summary>
internal sealed class RestartBudget(SupervisionOptions options)
{
    private readonly Queue<DateTimeOffset> _recent = new();
    private readonly ExponentialBackoff _backoff = new(options.RestartMinDelay, options.RestartMaxDelay, jitter: 0);

    /// <summary>Restarts within the window as of the last fault.</summary>
    public int Recent => _recent.Count;

    /// <summary>Records a fault at <paramref name="now"/>: the delay before the restart, or null when the budget is spent.</summary>
    public TimeSpan? Next(DateTimeOffset now)
    {
        while (_recent.Count > 0 && now - _recent.Peek() >= options.RestartWindow)
        {
            _recent.Dequeue();
        }

        if (_recent.Count >= options.MaxRestarts)
        {
            return null;
        }

        var delay = _backoff.Delay(_recent.Count, random: 0);
        _recent.Enqueue(now);
        return delay;
    }
}
