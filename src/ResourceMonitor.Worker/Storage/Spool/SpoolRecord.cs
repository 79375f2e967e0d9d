namespace ResourceMonitor.Worker.Storage.Spool;

/// <summary>One spooled line batch with its sequence number.</summary>
public sealed record SpoolRecord(long Sequence, LineBatch Batch);
