namespace ResourceMonitor.Worker.Storage;

/// <summary>
/// The writer's view of InfluxDB for one writer: consecutive failed requests (a timeout counts) and when the next attempt
/// may go. The first failure starts probing; the delay doubles per consecutive failure from <c>Storage:RetryBaseDelay</c> up
/// to <c>Storage:RetryMaxDelay</c> with ±20 % jitter, and InfluxDB's Retry-After wins (capped the same way). One success
/// ends probing. Thread-safe: the intake and the drain loops both report outcomes.
/// </summary>
internal sealed class InfluxBackoff(TimeSpan baseDelay, TimeSpan maxDelay, TimeProvider time)
{
    private const double Jitter = 0.2;
    private readonly Lock _lock = new();
    private int _consecutiveFailures;
    private DateTimeOffset _nextAttemptAt = DateTimeOffset.MinValue;

    /// <summary>Failed requests since the last success.</summary>
    public int ConsecutiveFailures => Volatile.Read(ref _consecutiveFailures);

    /// <summary>True from the first failed request until one succeeds: the writer spools live batches and probes.</summary>
    public bool Probing => ConsecutiveFailures > 0;

    /// <summary>How long the next attempt must still wait (zero when it may go now).</summary>
    public TimeSpan Wait
    {
        get
        {
            lock (_lock)
            {
                var wait = _nextAttemptAt - time.GetUtcNow();
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }
        }
    }

    /// <summary>A request succeeded: attempts may go at once.</summary>
    public void Succeeded()
    {
        lock (_lock)
        {
            _consecutiveFailures = 0;
            _nextAttemptAt = DateTimeOffset.MinValue;
        }
    }

    /// <summary>A request failed (kept): the next attempt waits the backoff, or <paramref name="retryAfter"/> when longer.</summary>
    public TimeSpan Failed(TimeSpan? retryAfter, double random)
    {
        lock (_lock)
        {
            _consecutiveFailures++;
            var delay = Delay(_consecutiveFailures, retryAfter, random);
            _nextAttemptAt = time.GetUtcNow() + delay;
            return delay;
        }
    }

    /// <summary>The delay after <paramref name="failures"/> consecutive failures, <paramref name="random"/> in [0, 1) placing the jitter.</summary>
    public TimeSpan Delay(int failures, TimeSpan? retryAfter, double random)
    {
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(failures - 1, 30));
        var jittered = Math.Min(exponential, maxDelay.TotalMilliseconds) * (1 - Jitter + (2 * Jitter * random));
        var delay = TimeSpan.FromMilliseconds(Math.Min(jittered, maxDelay.TotalMilliseconds));
        return retryAfter is { } after && after > delay ? (after < maxDelay ? after : maxDelay) : delay;
    }
}
