namespace ResourceMonitor.Domain.Counters;

/// <summary>
/// Classifies consecutive values of one counter, safe by default: a value is counted only when it continues plausibly from
/// the confirmed baseline (a rise within the maximum rate, a drop within the jitter tolerance, a wrap at the register maximum).
/// Anything else — a transient zero, an error telegram, a false overflow jump, a real reset — is held as pending, flagged and
/// never counted, until the next readings decide: a reading that continues the baseline makes the held values a glitch
/// (ignored); <see cref="CounterSpec.ConfirmReadings"/> readings consistent with each other confirm a reset or replacement,
/// a new segment from its first reading. Pure: the caller keeps the returned <see cref="CounterState"/> (<see cref="CounterTrack"/>
/// does it for one meter). The edge agent and the worker's aggregator both use this class.
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

        if (spec.ConfirmReadings < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(spec), spec.ConfirmReadings, "ConfirmReadings must be at least 1");
        }

        _spec = spec;
    }

    /// <summary>The register description in use.</summary>
    public CounterSpec Spec => _spec;

    /// <summary>Classifies <paramref name="current"/> against <paramref name="baseline"/> alone (no value held): one step of a fresh track.</summary>
    public CounterStep Interpret(CounterSample? baseline, CounterSample current) =>
        Interpret(new CounterState(baseline, baseline, null), current);

    /// <summary>Classifies <paramref name="current"/> given what is known of the counter.</summary>
    public CounterStep Interpret(CounterState state, CounterSample current)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Baseline is not { } baseline)
        {
            return new CounterStep(CounterTransition.First, 0, current.Timestamp, new CounterState(current, current, null), "first value of the counter");
        }

        var latest = state.Latest ?? baseline;
        if (current.Timestamp == latest.Timestamp)
        {
            return current.Value.Equals(latest.Value)
                ? new CounterStep(CounterTransition.Duplicate, 0, current.Timestamp, state, "same time and value as the previous reading")
                : new CounterStep(CounterTransition.OutOfOrder, 0, current.Timestamp, state, $"a different value ({current.Value}) at the time of the previous reading ({latest.Value})");
        }

        if (current.Timestamp < latest.Timestamp)
        {
            return new CounterStep(CounterTransition.OutOfOrder, 0, current.Timestamp, state, $"older than the previous reading at {latest.Timestamp:O}");
        }

        var fromBaseline = Continue(baseline, current);
        if (state.Pending is null && state.Superseded is { } before && fromBaseline is { } viaSegment
            && Continue(before.Reference, current) is { } back && back.Consumption < viaSegment.Consumption)
        {
            // Just after a confirmed reset, a value both segments explain, the line before it with less use: the "reset" was a
            // run of glitches (error telegrams of zeros). Counting from the confirmed segment would book the whole register.
            // (A value only the old line explains, e.g. a transient zero after a real reset, is held as usual.)
            var resumed = back.Transition == CounterTransition.RestartGlitch ? before.Reference : current;
            return new CounterStep(back.Transition, back.Consumption, before.Reference.Timestamp, new CounterState(resumed, current, null),
                $"back in line with {before.Reference.Value} from before the confirmed reset: the reset was a run of glitches, counted from {before.Reference.Value}");
        }

        if (fromBaseline is { } step)
        {
            var reason = state.Pending is { } dropped ? $"back in line with {baseline.Value}: the {dropped.Readings} held value(s) were a glitch, ignored" : step.Reason;
            var next = step.Transition == CounterTransition.RestartGlitch ? baseline : current;
            return new CounterStep(step.Transition, step.Consumption, baseline.Timestamp, new CounterState(next, current, null), reason);
        }

        if (state.Pending is { } pending)
        {
            // A value may continue both the held segment and the one it superseded (a zero inside a held replacement, then the
            // replacement's next value): the segment that books less is taken, so a glitch's depth is never booked as use.
            var within = Continue(pending.Reference, current);
            var older = state.Superseded;
            var resumed = older is null ? null : Continue(older.Reference, current);
            if (within is { } w && (resumed is null || w.Consumption <= resumed.Value.Consumption))
            {
                return Extend(state, baseline, pending, current, w);
            }

            if (resumed is { } r)
            {
                return Extend(state with { Superseded = null }, baseline, older!, current, r);
            }
        }

        return Hold(state, baseline, current);
    }

    private CounterStep Extend(CounterState state, CounterSample baseline, PendingSegment pending, CounterSample current, (CounterTransition Transition, double Consumption, string Reason) within)
    {
        var reference = within.Transition == CounterTransition.RestartGlitch ? pending.Reference : current;
        var segment = new PendingSegment(pending.Since, reference, pending.Readings + 1, pending.Consumption + within.Consumption);
        if (segment.Readings >= _spec.ConfirmReadings)
        {
            // The line before the reset is kept for the next reading only: if that continues it, the reset was a run of glitches.
            var before = new PendingSegment(baseline.Timestamp, baseline, 0, 0);
            return new CounterStep(CounterTransition.Reset, segment.Consumption, segment.Since, new CounterState(reference, current, null, before),
                $"{segment.Readings} readings away from {baseline.Value} confirm a device reset or meter replacement; a new segment counts from {segment.Since:O}, the interval before it is unknown");
        }

        return new CounterStep(CounterTransition.Pending, 0, current.Timestamp, state with { Latest = current, Pending = segment },
            $"held: {segment.Readings} of {_spec.ConfirmReadings} readings needed to confirm a reset from {baseline.Value}");
    }

    private CounterStep Hold(CounterState state, CounterSample baseline, CounterSample current)
    {
        var segment = new PendingSegment(current.Timestamp, current, 1, 0);
        var held = state with { Latest = current, Pending = segment, Superseded = state.Pending };
        if (_spec.ConfirmReadings == 1)
        {
            return new CounterStep(CounterTransition.Reset, 0, current.Timestamp, new CounterState(current, current, null),
                $"from {baseline.Value} to {current.Value}: a device reset or meter replacement; the interval's consumption is unknown");
        }

        if (current.Value > baseline.Value)
        {
            var hours = (current.Timestamp - baseline.Timestamp).TotalHours;
            return new CounterStep(CounterTransition.Spike, 0, current.Timestamp, held,
                $"held: rise of {current.Value - baseline.Value} in {hours:0.####} h is {(current.Value - baseline.Value) / hours:0.###}/h, above the plausible maximum {_spec.EffectiveMaxRatePerHour}/h");
        }

        return new CounterStep(CounterTransition.Pending, 0, current.Timestamp, held,
            $"held: dropped from {baseline.Value} to {current.Value}, beyond the jitter tolerance; the next readings decide glitch or reset");
    }

    /// <summary>
    /// Takes a value the device itself flagged (an error or alarm status, a sentinel-free but untrusted telegram): never
    /// counted, never a baseline, never part of a held segment, so a run of error telegrams can neither book use nor confirm
    /// a reset. Only ordering and duplicates are judged; the state remembers it as the latest value.
    /// </summary>
    public CounterStep Flag(CounterState state, CounterSample current, string reason)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Latest is { } latest && current.Timestamp <= latest.Timestamp)
        {
            return current.Timestamp == latest.Timestamp && current.Value.Equals(latest.Value)
                ? new CounterStep(CounterTransition.Duplicate, 0, current.Timestamp, state, "same time and value as the previous reading")
                : new CounterStep(CounterTransition.OutOfOrder, 0, current.Timestamp, state, $"not after the previous reading at {latest.Timestamp:O}");
        }

        return new CounterStep(CounterTransition.Flagged, 0, current.Timestamp, state with { Latest = current }, $"flagged by the device ({reason}): not counted");
    }

    /// <summary>How <paramref name="current"/> continues from <paramref name="from"/>, or null when it does not plausibly.</summary>
    private (CounterTransition Transition, double Consumption, string Reason)? Continue(CounterSample from, CounterSample current)
    {
        var hours = (current.Timestamp - from.Timestamp).TotalHours;
        if (current.Value >= from.Value)
        {
            var delta = current.Value - from.Value;
            return IsPlausible(delta, hours) ? (CounterTransition.Delta, delta, string.Empty) : null;
        }

        var drop = from.Value - current.Value;
        if (drop <= _spec.GlitchToleranceAt(from.Value) * (1 + 1e-9))
        {
            // Keep the higher reference: the next value is counted from it, so nothing is counted twice.
            return (CounterTransition.RestartGlitch, 0, $"dropped by {drop}, within the jitter tolerance");
        }

        if (_spec.RegisterMax is { } max && from.Value <= max && current.Value >= 0)
        {
            var wrapped = max - from.Value + current.Value;
            if (wrapped < max / 2 && IsPlausible(wrapped, hours))
            {
                return (CounterTransition.Rollover, wrapped, $"register wrapped at {max}");
            }
        }

        return null;
    }

    /// <summary>At most the maximum rate over the interval (a relative 1e-9 absorbs rounding of a meter running exactly at it).</summary>
    private bool IsPlausible(double delta, double hours) => delta <= _spec.EffectiveMaxRatePerHour * hours * (1 + 1e-9);
}
