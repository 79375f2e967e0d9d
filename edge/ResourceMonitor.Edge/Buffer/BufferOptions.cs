using System.ComponentModel.DataAnnotations;

namespace ResourceMonitor.Edge.Buffer;

/// <summary>The on-disk store-and-forward buffer (section <c>Edge:Buffer</c>).</summary>
public sealed class BufferOptions
{
    /// <summary>The directory of the segment files and the checkpoint; one per agent.</summary>
    [Required]
    public string Directory { get; set; } = "data/buffer";

    /// <summary>A segment is closed and a new one started past this size.</summary>
    [Range(4 * 1024, 1024L * 1024 * 1024)]
    public long SegmentBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>The most disk the buffer may use. When full, new readings are refused and counted (see docs/edge/buffer.md).</summary>
    [Range(16 * 1024, long.MaxValue)]
    public long QuotaBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>fsync after each appended group (the default). Off trades durability on power loss for speed; kill -9 is survived either way.</summary>
    public bool FlushToDisk { get; set; } = true;
}
