namespace ResourceMonitor.Worker.Ingest.Sequencing;

/// <summary>A set of sequence numbers kept as sorted, disjoint, non-adjacent ranges (a few per agent: gaps are rare).</summary>
public sealed class SequenceRanges
{
    private readonly List<SequenceRange> _ranges = [];

    /// <summary>The ranges, in order.</summary>
    public IReadOnlyList<SequenceRange> Ranges => _ranges;

    /// <summary>Whether the set is empty.</summary>
    public bool IsEmpty => _ranges.Count == 0;

    /// <summary>Adds every number of <paramref name="range"/>, merging with touching or overlapping ranges.</summary>
    public void Add(SequenceRange range)
    {
        var from = range.From;
        var to = range.To;
        var i = 0;
        while (i < _ranges.Count && _ranges[i].To < from - 1)
        {
            i++;
        }

        while (i < _ranges.Count && _ranges[i].From <= to + 1)
        {
            from = Math.Min(from, _ranges[i].From);
            to = Math.Max(to, _ranges[i].To);
            _ranges.RemoveAt(i);
        }

        _ranges.Insert(i, new SequenceRange(from, to));
    }

    /// <summary>Removes every number of <paramref name="range"/>.</summary>
    public void Remove(SequenceRange range)
    {
        for (var i = 0; i < _ranges.Count; i++)
        {
            var current = _ranges[i];
            if (current.To < range.From || current.From > range.To)
            {
                continue;
            }

            _ranges.RemoveAt(i);
            if (current.To > range.To)
            {
                _ranges.Insert(i, new SequenceRange(range.To + 1, current.To));
            }

            if (current.From < range.From)
            {
                _ranges.Insert(i, new SequenceRange(current.From, range.From - 1));
                i++;
            }

            i--;
        }
    }

    /// <summary>Removes every number up to <paramref name="sequence"/>.</summary>
    public void RemoveThrough(long sequence) => Remove(new SequenceRange(long.MinValue, sequence));

    /// <summary>The parts of <paramref name="range"/> that are not in the set, in order.</summary>
    public IReadOnlyList<SequenceRange> Missing(SequenceRange range)
    {
        var missing = new List<SequenceRange>();
        var from = range.From;
        foreach (var current in _ranges)
        {
            if (current.To < from)
            {
                continue;
            }

            if (current.From > range.To)
            {
                break;
            }

            if (current.From > from)
            {
                missing.Add(new SequenceRange(from, current.From - 1));
            }

            from = current.To + 1;
        }

        if (from <= range.To)
        {
            missing.Add(new SequenceRange(from, range.To));
        }

        return missing;
    }
}
