namespace ResourceMonitor.Contracts;

/// <summary>
/// The retained payload of <c>rm/v1/{park}/{plant}/ack</c> (additive to v1): the highest sequence number of the agent's log
/// below which the worker has made every reading durable (stored, spooled or refused for good). The agent may release its
/// buffer up to it.
/// </summary>
/// <param name="Agent">The agent the acknowledgement is for.</param>
/// <param name="Log">The agent's log id (<see cref="BatchSequence.Log"/>).</param>
/// <param name="Sequence">The highest contiguous sequence number made durable.</param>
/// <param name="Timestamp">When the worker published it (UTC).</param>
public sealed record Acknowledgement(string Agent, string Log, long Sequence, DateTimeOffset Timestamp);
