namespace ResourceMonitor.Contracts;

/// <summary>
/// The optional <c>seq</c> object of a reading batch (additive to v1): which of the agent's sequence numbers the batch carries,
/// so the worker can acknowledge end to end (<see cref="Acknowledgement"/>) and drop resends by number.
/// </summary>
/// <param name="Log">Identifies the agent's numbering (its buffer): a reinstalled agent whose numbers restart at 1 has a new log id.</param>
/// <param name="First">The sequence number of the batch's first reading (at least 1).</param>
/// <param name="Last">The sequence number of its last reading: readings[i] has number <c>First + i</c>, so <c>Last - First + 1</c> is the array's length.</param>
/// <param name="Released">Every number up to this one the agent has released and will never send again (below <see cref="First"/>).</param>
public sealed record BatchSequence(string Log, long First, long Last, long Released);
