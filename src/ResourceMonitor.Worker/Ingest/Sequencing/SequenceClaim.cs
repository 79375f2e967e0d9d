namespace ResourceMonitor.Worker.Ingest.Sequencing;

/// <summary>
/// What admission took of one sequenced batch: the numbers no earlier batch holds (durable or in flight). They are in flight
/// until <see cref="SequenceTracker.Complete"/> (durable) or <see cref="SequenceTracker.Abandon"/> (the write failed: a resend
/// may take them again).
/// </summary>
/// <param name="Log">The agent's numbering.</param>
/// <param name="Taken">The new numbers, in order; empty when the whole batch was a repeat.</param>
public sealed record SequenceClaim(AgentLog Log, IReadOnlyList<SequenceRange> Taken)
{
    /// <summary>Whether <paramref name="sequence"/> is one this claim took (its reading is new).</summary>
    public bool Holds(long sequence)
    {
        foreach (var range in Taken)
        {
            if (sequence >= range.From && sequence <= range.To)
            {
                return true;
            }
        }

        return false;
    }
}
