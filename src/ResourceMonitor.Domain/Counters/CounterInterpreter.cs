namespace ResourceMonitor.Domain.Counters;

/// <summary>
/// Classifies consecutive values of one counter: normal delta, rollover at the register maximum, reset or meter replacement,
/// restart glitch, implausible spike, out-of-order and duplicate. Pure: the caller keeps the returned baseline
/// (<see cref="CounterTrack"/> does it for one meter). The edge agent and the worker's aggregator both use this class.
/// </summary>
public sealed class CounterInterpreter
{
    private readonly CounterSpec _spec;

    /// <summary>An interpreter for a register described by <paramref name="spec"/>.</summary>
    public CounterInterpreter(CounterSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.RegisterMax is { } max && !(max > 0 && double.IsFinite(max)))
        {
            throw new ArgumentOutOfRangeException(nameof(spec), max, "RegisterMax must be a positive finite number");
        }

        if (spec.MaxRatePerHour is { } rate && !(rate > 0 && double.IsFinite(rate)))
        {
            throw new ArgumentOutOfRangeException(nameof(spec), rate, "MaxRatePerHour must be a positive finite number");
        }

        if (spec.GlitchTolerance is { } glitch && !(glitch >= 0 && double.IsFinite(glitch)))
        {
            throw new ArgumentOutOfRangeException(nameof(spec), glitch, "GlitchTolerance must be zero or a positive finite number");
        }

        _spec = spec;
    }

    /// <summary>The register description in use.</summary>
    public CounterSpec Spec => _spec;

    /// <summary>Classifies <paramref name="current"/> against <paramref name="baseline"/> (the last value accepted, null for the first).</summary>
    public CounterStep Interpret(CounterSample? baseline, CounterSample current)
    {
        if (baseline is not { } previous)
        {
            return new CounterStep(CounterTransition.First, 0, current, "first value of the counter");
        }

        if (current.Timestamp == previous.Timestamp)
        {
            return current.Value.Equals(previous.Value)
                ? new CounterStep(CounterTransition.Duplicate, 0, previous, "same time and value as the previous reading")
                : new CounterStep(CounterTransition.OutOfOrder, 0, previous, $"a different value ({current.Value}) at the time of the previous reading ({previous.Value})");
        }

        if (current.Timestamp < previous.Timestamp)
        {
            return new CounterStep(CounterTransition.OutOfOrder, 0, previous, $"older than the previous reading at {previous.Timestamp:O}");
        }

        var hours = (current.Timestamp - previous.Timestamp).TotalHours;
        return current.Value >= previous.Value
            ? Rise(previous, current, current.Value - previous.Value, hours)
            : Drop(previous, current, hours);
    }

    private CounterStep Rise(CounterSample previous, CounterSample current, double delta, double hours)
    {
        if (IsImplausible(delta, hours, out var rate))
        {
            return new CounterStep(CounterTransition.Spike, 0, current,
                $"rise of {delta} in {hours:0.####} h is {rate:0.###}/h, above the plausible maximum {_spec.MaxRatePerHour}/h");
        }

        return new CounterStep(CounterTransition.Delta, delta, current, string.Empty);
    }

    private CounterStep Drop(CounterSample previous, CounterSample current, double hours)
    {
        var drop = previous.Value - current.Value;
        if (drop <= _spec.GlitchToleranceAt(previous.Value))
        {
            // Keep the higher baseline: the next value is counted from it, so nothing is counted twice.
            return new CounterStep(CounterTransition.RestartGlitch, 0, previous, $"dropped by {drop}, within the restart-glitch tolerance");
        }

        if (_spec.RegisterMax is { } max && previous.Value <= max && current.Value >= 0)
        {
            var wrapped = max - previous.Value + current.Value;
            if (wrapped < max / 2 && !IsImplausible(wrapped, hours, out _))
            {
                return new CounterStep(CounterTransition.Rollover, wrapped, current, $"register wrapped at {max}");
            }
        }

        return new CounterStep(CounterTransition.Reset, 0, current,
            $"dropped from {previous.Value} to {current.Value}: a device reset or meter replacement; the interval's consumption is unknown");
    }

    private bool IsImplausible(double delta, double hours, out double rate)
    {
        rate = hours > 0 ? delta / hours : double.PositiveInfinity;
        return _spec.MaxRatePerHour is { } maxRate && delta > 0 && rate > maxRate;
    }
}
