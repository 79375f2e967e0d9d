namespace ResourceMonitor.DurableLog;

/// <summary>
/// Where and how a <see cref="DurableLog{T}"/> keeps its records. The hosts bind and validate their own options (the edge's
/// <c>Edge:Buffer</c>, the worker's <c>Storage:Spool*</c>) and hand them over in this form.
/// </summary>
public sealed record DurableLogOptions
{
    /// <summary>The directory of the segment files and the checkpoint; one log per directory.</summary>
    public required string Directory { get; init; }

    /// <summary>A segment is closed and a new one started before a record would take it past this size (one record may exceed it).</summary>
    public long SegmentBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>
    /// The most disk the segment files may use. Full policy: an append that would pass it is refused and reported in
    /// <see cref="LogAppendOutcome.Refused"/>; records already in the log are never dropped to make room.
    /// </summary>
    public long QuotaBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>When appended records are fsynced.</summary>
    public FsyncPolicy Fsync { get; init; } = FsyncPolicy.EveryAppend;

    /// <summary>What the log holds, for log messages ("edge buffer", "worker spool").</summary>
    public string Name { get; init; } = "durable log";
}
