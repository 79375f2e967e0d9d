namespace ResourceMonitor.Domain.Counters;

/// <summary>How the interpreter classified one counter value.</summary>
/// <param name="Transition">What happened since the baseline.</param>
/// <param name="Consumption">The quantity consumed since the baseline that may be counted (never negative; zero unless <see cref="IsCounted"/>).</param>
/// <param name="Baseline">The sample the next value must be compared with.</param>
/// <param name="Reason">Why, in words, for anything but a normal delta; empty otherwise.</param>
public sealed record CounterStep(CounterTransition Transition, double Consumption, CounterSample Baseline, string Reason)
{
    /// <summary>True when <see cref="Consumption"/> is real consumption (a delta or a rollover).</summary>
    public bool IsCounted => Transition is CounterTransition.Delta or CounterTransition.Rollover;

    /// <summary>True when the value should be flagged as doubtful (a reset, a spike or a restart glitch).</summary>
    public bool IsSuspect => Transition is CounterTransition.Reset or CounterTransition.Spike or CounterTransition.RestartGlitch;

    /// <summary>True when the value is not new information (an exact duplicate).</summary>
    public bool IsRedundant => Transition is CounterTransition.Duplicate;
}
