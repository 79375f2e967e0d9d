namespace ResourceMonitor.Domain.Counters;

/// <summary>What the interpreter remembers of one counter between readings; small and serialisable (the edge agent persists it).</summary>
/// <param name="Baseline">The last confirmed value consumption is counted from, null before the first.</param>
/// <param name="Latest">The last value seen (also a pending or jitter one), for duplicates and ordering.</param>
/// <param name="Pending">Readings not explained by the baseline, held until the next readings decide; null when none.</param>
/// <param name="Superseded">While values are held: the held segment a later unexplained value replaced; a reading continuing it resumes it (a glitch inside a reset). Right after a confirmed reset: the line before it, for one reading; a reading continuing it (with less use) voids the reset.</param>
public sealed record CounterState(CounterSample? Baseline, CounterSample? Latest, PendingSegment? Pending, PendingSegment? Superseded = null)
{
    /// <summary>No value seen yet.</summary>
    public static CounterState Empty { get; } = new(null, null, null);
}
