using System.ComponentModel.DataAnnotations;

namespace ResourceMonitor.Worker.Ingest.Aggregation;

/// <summary>The per-minute usage aggregator (configuration section <c>Aggregation</c>); docs/operations.md explains each key.</summary>
public sealed class AggregationOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Aggregation";

    /// <summary>How late a reading may arrive (against the worker's clock) and still update its minute; older minutes are final.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan Lateness { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The longest interval between two readings that is bridged; longer ones are a gap (flagged, not covered).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxGap { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often changed minutes are written (and the journal synced to disk).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The directory of the aggregator's journal of open-minute readings (relative paths are under the worker's directory).</summary>
    [Required]
    public string JournalDirectory { get; set; } = "aggregation";

    /// <summary>Journal size at which it is rewritten with only what the open minutes still need.</summary>
    [Range(1024, long.MaxValue)]
    public long JournalCompactBytes { get; set; } = 64L * 1024 * 1024;
}
