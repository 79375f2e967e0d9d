namespace ResourceMonitor.Domain.Counters;

/// <summary>What happened between two consecutive values of a counter.</summary>
public enum CounterTransition
{
    /// <summary>The first value seen: nothing to compare with, nothing consumed yet.</summary>
    First,

    /// <summary>The register grew (or stayed) by a plausible amount: the difference is consumption.</summary>
    Delta,

    /// <summary>The register wrapped past its known maximum: the consumption is the distance across the wrap.</summary>
    Rollover,

    /// <summary>The register dropped and it is not a rollover: a device reset or a meter replacement. The consumption of the interval is unknown, never negative.</summary>
    Reset,

    /// <summary>A value a tiny step below the last one (a device restoring a slightly older register after a restart): ignored.</summary>
    RestartGlitch,

    /// <summary>The register grew faster than the meter's plausible maximum rate: flagged, not counted.</summary>
    Spike,

    /// <summary>A value older than the last one accepted (or at the same time with another value): not part of the sequence.</summary>
    OutOfOrder,

    /// <summary>The same time and value as the last one: a redelivery.</summary>
    Duplicate,
}
