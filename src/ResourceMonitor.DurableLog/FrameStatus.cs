namespace ResourceMonitor.DurableLog;

/// <summary>What <see cref="RecordFrame.Inspect"/> found.</summary>
internal enum FrameStatus
{
    /// <summary>A whole record whose checksum matches.</summary>
    Valid,

    /// <summary>A whole record whose checksum fails: skipped, its neighbours are still read.</summary>
    Corrupt,

    /// <summary>The bytes end inside the record (a torn tail when nothing follows on disk).</summary>
    Incomplete,

    /// <summary>No record header here (bad magic or length): nothing after it can be framed.</summary>
    Unframed,
}
