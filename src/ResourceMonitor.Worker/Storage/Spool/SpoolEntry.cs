namespace ResourceMonitor.Worker.Storage.Spool;

/// <summary>Where a record not yet drained lies.</summary>
internal readonly record struct SpoolEntry(long Sequence, SpoolSegment Segment, long Offset, int Length);
