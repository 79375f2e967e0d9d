using Microsoft.Extensions.Logging;

namespace ResourceMonitor.DurableLog;

/// <summary>The log's own events (1500–1509), the same for the edge buffer and the worker spool; <c>Name</c> says which.</summary>
internal static partial class DurableLogEvents
{
    [LoggerMessage(1500, LogLevel.Information, "{Name} {Directory} opened: checkpoint {Checkpoint}, last sequence {Last}, {Segments} segment(s), {Bytes} bytes to forward")]
    public static partial void Opened(ILogger logger, string name, string directory, long checkpoint, long last, int segments, long bytes);

    [LoggerMessage(1501, LogLevel.Warning, "{Name} segment {Path}: cut a torn tail of {Bytes} bytes after sequence {Last} (a crash during an append; that append was never reported durable)")]
    public static partial void TornTail(ILogger logger, string name, string path, long bytes, long last);

    [LoggerMessage(1502, LogLevel.Error, "{Name} segment {Path}: the record at offset {Offset} fails its checksum; skipped")]
    public static partial void CorruptRecord(ILogger logger, string name, string path, long offset);

    [LoggerMessage(1503, LogLevel.Warning, "{Name} checkpoint {Path} is corrupt: replaying every record still on disk (duplicates are harmless downstream)")]
    public static partial void CheckpointCorrupt(ILogger logger, string name, string path);

    [LoggerMessage(1504, LogLevel.Information, "{Name} segment {Path} written by an older version: converted to the current record format ({Records} records)")]
    public static partial void LegacySegmentConverted(ILogger logger, string name, string path, int records);
}
