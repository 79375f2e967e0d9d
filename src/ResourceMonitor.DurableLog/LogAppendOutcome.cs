namespace ResourceMonitor.DurableLog;

/// <summary>What an append did.</summary>
/// <param name="Appended">Records written (and flushed under the fsync policy).</param>
/// <param name="Refused">Records refused because the disk quota is reached.</param>
/// <param name="LastSequence">The sequence number of the last record in the log after the append.</param>
public sealed record LogAppendOutcome(int Appended, int Refused, long LastSequence);
