namespace ResourceMonitor.Domain.Counters;

/// <summary>How the interpreter classified one counter value.</summary>
/// <param name="Transition">What happened since the baseline.</param>
/// <param name="Consumption">The quantity consumed that may be counted (never negative; zero unless <see cref="IsCounted"/>).</param>
/// <param name="Since">When <see cref="Consumption"/> started: the baseline's time, or a confirmed new segment's first reading.</param>
/// <param name="State">The state the next value must be interpreted with.</param>
/// <param name="Reason">Why, in words, for anything but a normal delta; empty otherwise.</param>
public sealed record CounterStep(CounterTransition Transition, double Consumption, DateTimeOffset Since, CounterState State, string Reason)
{
    /// <summary>The confirmed value the next one is counted from.</summary>
    public CounterSample? Baseline => State.Baseline;

    /// <summary>True when <see cref="Consumption"/> is real consumption (a delta, a rollover, or a confirmed new segment's use).</summary>
    public bool IsCounted => Transition is CounterTransition.Delta or CounterTransition.Rollover or CounterTransition.Reset;

    /// <summary>True when the value should be flagged as doubtful (held, a confirmed reset, jitter, or flagged by the device).</summary>
    public bool IsSuspect => Transition is CounterTransition.Reset or CounterTransition.Spike or CounterTransition.Pending or CounterTransition.RestartGlitch or CounterTransition.Flagged;

    /// <summary>True when the value is not new information (an exact duplicate).</summary>
    public bool IsRedundant => Transition is CounterTransition.Duplicate;
}
