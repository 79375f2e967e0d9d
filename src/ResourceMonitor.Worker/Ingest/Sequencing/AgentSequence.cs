namespace ResourceMonitor.Worker.Ingest.Sequencing;

/// <summary>
/// The worker's memory of one agent log: the contiguous mark (every number up to it is durable), the durable numbers above
/// it (after a gap, e.g. batches a crashed broker lost) and the numbers admitted but not yet durable.
/// </summary>
internal sealed class AgentSequence
{
    public long Mark { get; private set; }

    public SequenceRanges Durable { get; } = new();

    public SequenceRanges InFlight { get; } = new();

    /// <summary>A logical clock value of the last use, to forget the least recently used logs of an agent first.</summary>
    public long LastUsed { get; set; }

    /// <summary>The agent will never send numbers up to <paramref name="released"/> again: nothing below them can be waited for.</summary>
    public void Release(long released)
    {
        if (released > Mark)
        {
            Mark = released;
            Durable.RemoveThrough(released);
            InFlight.RemoveThrough(released);
            Advance();
        }
    }

    public void MarkDurable(IEnumerable<SequenceRange> ranges)
    {
        foreach (var range in ranges)
        {
            InFlight.Remove(range);
            if (range.To > Mark)
            {
                Durable.Add(range with { From = Math.Max(range.From, Mark + 1) });
            }
        }

        Advance();
    }

    public void Restore(long mark, IEnumerable<SequenceRange> durable)
    {
        Mark = mark;
        foreach (var range in durable.Where(r => r.To > mark))
        {
            Durable.Add(range with { From = Math.Max(range.From, mark + 1) });
        }

        Advance();
    }

    private void Advance()
    {
        if (Durable.Ranges.Count > 0 && Durable.Ranges[0].From <= Mark + 1)
        {
            Mark = Math.Max(Mark, Durable.Ranges[0].To);
            Durable.RemoveThrough(Mark);
        }
    }
}
