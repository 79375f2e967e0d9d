namespace ResourceMonitor.Contracts;

/// <summary>The payload of <c>rm/v1/{park}/{plant}/readings</c>.</summary>
/// <param name="Agent">The publishing edge agent's id.</param>
/// <param name="BatchId">Unique per batch (a ULID by convention) so a redelivered batch can be told from a new one.</param>
/// <param name="Readings">The readings, at least one.</param>
/// <param name="Sequence">Optional (additive to v1): the agent's sequence numbers of the readings, for the end-to-end acknowledgement.</param>
public sealed record ReadingBatch(string Agent, string BatchId, IReadOnlyList<Reading> Readings, BatchSequence? Sequence = null)
{
    /// <summary>The contract version this record encodes.</summary>
    public const int Version = 1;

    /// <summary>A new unique batch id (ULID).</summary>
    public static string NewBatchId(DateTimeOffset now) => System.Ulid.NewUlid(now).ToString();
}
