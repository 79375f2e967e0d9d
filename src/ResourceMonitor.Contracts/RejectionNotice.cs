namespace ResourceMonitor.Contracts;

/// <summary>The payload of <c>rm/v1/{park}/{plant}/rejected</c>: what the worker refused and why.</summary>
/// <param name="Topic">The topic the message arrived on.</param>
/// <param name="BatchId">The batch id when the message got far enough to have one, else null.</param>
/// <param name="Agent">The agent id when known.</param>
/// <param name="Timestamp">When the worker rejected it (UTC).</param>
/// <param name="Rejections">Every reason: one for a refused message, one per refused reading otherwise.</param>
/// <param name="AcceptedReadings">How many readings of the same message were accepted.</param>
public sealed record RejectionNotice(
    string Topic,
    string? BatchId,
    string? Agent,
    DateTimeOffset Timestamp,
    IReadOnlyList<Rejection> Rejections,
    int AcceptedReadings);
