using ResourceMonitor.Contracts;

namespace ResourceMonitor.Worker.Ingest.Sequencing;

/// <summary>
/// Deduplication and acknowledgement by agent and sequence number: admission claims a batch's numbers (a number already
/// durable or in flight is a repeat, whatever the batching of the resend), the acknowledgement stage completes the claim once
/// the readings are durable, and the contiguous mark per agent log is what the worker acknowledges on
/// <c>rm/v1/{park}/{plant}/ack</c>. Only durable numbers ever count; a failed write gives its numbers back. Keeps the
/// <see cref="LogsPerAgent"/> most recently used logs of each agent. Clock-free and thread-safe.
/// </summary>
public sealed class SequenceTracker
{
    /// <summary>How many logs of one agent are remembered (a reinstalled agent starts a new one).</summary>
    public const int LogsPerAgent = 4;

    private readonly Dictionary<AgentLog, AgentSequence> _logs = [];
    private readonly HashSet<AgentLog> _changed = [];
    private readonly Lock _gate = new();
    private long _clock;

    /// <summary>A tracker holding <paramref name="states"/> (from <see cref="Snapshot"/>, e.g. after a restart).</summary>
    public static SequenceTracker Restore(IEnumerable<SequenceState> states)
    {
        var tracker = new SequenceTracker();
        foreach (var state in states)
        {
            var sequence = new AgentSequence { LastUsed = ++tracker._clock };
            sequence.Restore(state.Mark, state.Durable);
            tracker._logs[state.Log] = sequence;
        }

        return tracker;
    }

    /// <summary>Takes the numbers of <paramref name="batch"/> that no earlier batch holds; they are in flight until completed or abandoned.</summary>
    public SequenceClaim Claim(AgentLog log, BatchSequence batch)
    {
        lock (_gate)
        {
            var sequence = Find(log);
            sequence.Release(batch.Released);
            var taken = new List<SequenceRange>();
            if (batch.Last > sequence.Mark)
            {
                var wanted = new SequenceRange(Math.Max(batch.First, sequence.Mark + 1), batch.Last);
                foreach (var notDurable in sequence.Durable.Missing(wanted))
                {
                    taken.AddRange(sequence.InFlight.Missing(notDurable));
                }
            }

            foreach (var range in taken)
            {
                sequence.InFlight.Add(range);
            }

            return new SequenceClaim(log, taken);
        }
    }

    /// <summary>The claim's readings are durable (stored, spooled or refused for good): its numbers count, and the log is acknowledged again.</summary>
    public void Complete(SequenceClaim claim)
    {
        lock (_gate)
        {
            if (_logs.TryGetValue(claim.Log, out var sequence))
            {
                sequence.MarkDurable(claim.Taken);
                _changed.Add(claim.Log);
            }
        }
    }

    /// <summary>The claim's write failed: its numbers are free again, so a redelivery or a resend stores them.</summary>
    public void Abandon(SequenceClaim claim)
    {
        lock (_gate)
        {
            if (_logs.TryGetValue(claim.Log, out var sequence))
            {
                foreach (var range in claim.Taken)
                {
                    sequence.InFlight.Remove(range);
                }
            }
        }
    }

    /// <summary>The marks of the logs completed since the last call: the acknowledgements to publish.</summary>
    public IReadOnlyList<SequenceMark> TakeChanged()
    {
        lock (_gate)
        {
            var marks = _changed.Where(_logs.ContainsKey).Select(l => new SequenceMark(l, _logs[l].Mark)).ToList();
            _changed.Clear();
            return marks;
        }
    }

    /// <summary>Everything to persist: each log's mark and the durable numbers above it (never what is only in flight).</summary>
    public IReadOnlyList<SequenceState> Snapshot()
    {
        lock (_gate)
        {
            return _logs.Select(kv => new SequenceState(kv.Key, kv.Value.Mark, kv.Value.Durable.Ranges.ToArray())).ToList();
        }
    }

    /// <summary>The contiguous mark of <paramref name="log"/> (0 when unknown).</summary>
    public long MarkOf(AgentLog log)
    {
        lock (_gate)
        {
            return _logs.TryGetValue(log, out var sequence) ? sequence.Mark : 0;
        }
    }

    private AgentSequence Find(AgentLog log)
    {
        if (!_logs.TryGetValue(log, out var sequence))
        {
            sequence = new AgentSequence();
            _logs[log] = sequence;
            ForgetOldLogsOf(log);
        }

        sequence.LastUsed = ++_clock;
        return sequence;
    }

    private void ForgetOldLogsOf(AgentLog log)
    {
        var sameAgent = _logs.Keys.Where(k => k.Park == log.Park && k.Plant == log.Plant && k.Agent == log.Agent).ToList();
        foreach (var old in sameAgent.Where(k => k != log).OrderBy(k => _logs[k].LastUsed).Take(Math.Max(0, sameAgent.Count - LogsPerAgent)))
        {
            _logs.Remove(old);
            _changed.Remove(old);
        }
    }
}
