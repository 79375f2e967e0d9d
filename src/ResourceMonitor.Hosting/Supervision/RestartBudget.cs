namespace ResourceMonitor.Hosting.Supervision;

/// <summary>
/// One stage's restarts within the window: each fault either gets a delay before the next run (doubling from the minimum
/// to the maximum) or, once <see cref="SupervisionOptions.MaxRestarts"/> restarts fall within the window, none.
/// </summary>
internal sealed class RestartBudget(SupervisionOptions options)
{
    private readonly Queue<DateTimeOffset> _recent = new();

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

        var doublings = Math.Min(_recent.Count, 30);
        _recent.Enqueue(now);
        var ticks = Math.Min(options.RestartMaxDelay.Ticks, options.RestartMinDelay.Ticks * (1L << doublings));
        return TimeSpan.FromTicks(ticks < 0 ? options.RestartMaxDelay.Ticks : ticks);
    }
}
