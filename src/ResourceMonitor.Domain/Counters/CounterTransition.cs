namespace ResourceMonitor.Domain.Counters;

/// <summary>What happened between two consecutive values of a counter.</summary>
public enum CounterTransition
{
    /// <summary>The first value seen: nothing to compare with, nothing consumed yet.</summary>
    First,

    /// <summary>The register grew (or stayed) by a plausible amount from the baseline: the difference is consumption.</summary>
    Delta,

    /// <summary>The register wrapped past its known maximum: the consumption is the distance across the wrap.</summary>
    Rollover,

    /// <summary>
    /// A held drop (or jump) was confirmed by the next readings: a device reset or a meter replacement. A new segment starts at its
    /// first reading; the consumption within the segment is counted, the interval from the old baseline to it is unknown.
    /// </summary>
    Reset,

    /// <summary>A value a tolerated step below the baseline (jitter, a device restoring a slightly older register): ignored.</summary>
    RestartGlitch,

    /// <summary>A rise faster than the meter's plausible maximum rate: held (flagged, not counted) until the next readings decide.</summary>
    Spike,

    /// <summary>A drop that is neither jitter nor a rollover, or a reading continuing such a drop: held, not counted, until decided.</summary>
    Pending,

    /// <summary>A value the device flagged as erroneous (its status or error field): not counted, not a baseline, not a reset candidate.</summary>
    Flagged,

    /// <summary>A value older than the last one seen (or at the same time with another value): not part of the sequence.</summary>
    OutOfOrder,

    /// <summary>The same time and value as the last one: a redelivery.</summary>
    Duplicate,
}
