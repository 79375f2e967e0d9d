using ResourceMonitor.Contracts;

namespace ResourceMonitor.Domain.Counters;

/// <summary>
/// One meter's rate per hour, reading by reading: a gauge's value as it is; for a counter, the consumption the shared
/// <see cref="CounterInterpreter"/> counts for the step divided by the time it covers. A step it does not count (a held
/// drop or spike, jitter, an out-of-order or duplicate value, the first reading) gives no rate; a rollover and the
/// use inside a confirmed new segment do. The symbiosis flow detectors and the baseline deviation monitor both read
/// rates through this one rule. Not thread-safe: one per meter.
/// </summary>
public sealed class RateTrack
{
    private readonly CounterTrack? _counter;

    /// <summary>A track for a meter of <paramref name="kind"/>; <paramref name="counter"/> describes a counter's register.</summary>
    public RateTrack(ReadingKind kind, CounterSpec counter)
    {
        _counter = kind == ReadingKind.Counter ? new CounterTrack(new CounterInterpreter(counter)) : null;
    }

    /// <summary>The rate per hour the value read at <paramref name="at"/> gives, or null when it gives none.</summary>
    public double? Next(DateTimeOffset at, double value)
    {
        if (_counter is null)
        {
            return value;
        }

        var step = _counter.Next(new CounterSample(at, value));
        return step.IsCounted && at > step.Since ? step.Consumption / (at - step.Since).TotalHours : null;
    }
}
