namespace ResourceMonitor.Hosting.Retry;

/// <summary>
/// The delay before the next attempt after consecutive failures: from <c>min</c> doubling per failure up to <c>max</c> (at least <c>min</c>), less a
/// random share of up to <c>jitter</c> (0.5: somewhere in the upper half), never below <c>min</c>. Jitter spreads the
/// reconnects of many clients after a broker restart; zero jitter gives the exact doubling a supervisor's restart budget
/// wants. The one backoff of the solution for reconnects and restarts (InfluxDB's writer keeps its own: it also honours
/// Retry-After and is shared by two loops). Not thread-safe: one per loop.
/// </summary>
public sealed class ExponentialBackoff
{
    private readonly Func<double> _random;
    private int _failures;

    /// <summary>A backoff from <paramref name="min"/> to <paramref name="max"/>; <paramref name="random"/> in [0, 1) places the jitter (default: <see cref="Random.Shared"/>).</summary>
    public ExponentialBackoff(TimeSpan min, TimeSpan max, double jitter = 0.5, Func<double>? random = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(min, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(jitter, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(jitter, 1);
        Min = min;
        Max = max < min ? min : max;
        Jitter = jitter;
        _random = random ?? Random.Shared.NextDouble;
    }

    /// <summary>The first delay's ceiling.</summary>
    public TimeSpan Min { get; }

    /// <summary>The longest delay.</summary>
    public TimeSpan Max { get; }

    /// <summary>The largest share of a delay taken off at random.</summary>
    public double Jitter { get; }

    /// <summary>Failures since the last <see cref="Reset"/>.</summary>
    public int Failures => _failures;

    /// <summary>Records a failure and returns the delay before the next attempt.</summary>
    public TimeSpan Next() => Delay(_failures++, _random());

    /// <summary>Back to the shortest delay after a success.</summary>
    public void Reset() => _failures = 0;

    /// <summary>The delay after <paramref name="earlierFailures"/> failures before this one, <paramref name="random"/> in [0, 1) placing the jitter.</summary>
    public TimeSpan Delay(int earlierFailures, double random)
    {
        var doublings = Math.Clamp(earlierFailures, 0, 40);
        var ceiling = Math.Min(Max.Ticks, (double)Min.Ticks * Math.Pow(2, doublings));
        var jittered = (long)(ceiling * (1 - (Jitter * random)));
        return TimeSpan.FromTicks(Math.Max(Min.Ticks, jittered));
    }
}
