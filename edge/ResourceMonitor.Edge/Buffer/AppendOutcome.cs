namespace ResourceMonitor.Edge.Buffer;

/// <summary>What an append did.</summary>
/// <param name="Appended">Readings written (and flushed).</param>
/// <param name="Refused">Readings refused because the disk quota is reached.</param>
/// <param name="LastSequence">The sequence number of the last reading in the buffer after the append.</param>
public sealed record AppendOutcome(int Appended, int Refused, long LastSequence);
