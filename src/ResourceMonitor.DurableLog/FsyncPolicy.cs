namespace ResourceMonitor.DurableLog;

/// <summary>When an append reaches the disk.</summary>
public enum FsyncPolicy
{
    /// <summary>fsync once per <see cref="DurableLog{T}.Append"/> call (group commit): survives power loss.</summary>
    EveryAppend,

    /// <summary>Hand the bytes to the operating system only: survives <c>kill -9</c>, not power loss; much faster.</summary>
    OperatingSystem,
}
