using System.ComponentModel.DataAnnotations;

namespace ResourceMonitor.Worker.Storage;

/// <summary>The InfluxDB writer and its spool (configuration section <c>Storage</c>); docs/operations.md explains each key.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Storage";

    /// <summary>InfluxDB's base URL (InfluxDB 2.x/3.x, or 1.8+ which serves <c>/api/v2/write</c>).</summary>
    [Required]
    [Url]
    public string Url { get; set; } = "http://localhost:8086";

    /// <summary>API token (InfluxDB 1.x: <c>user:password</c>, or anything without auth).</summary>
    public string Token { get; set; } = string.Empty;

    /// <summary>Organisation (ignored by InfluxDB 1.x).</summary>
    public string Organization { get; set; } = "resourcemonitor";

    /// <summary>Bucket (InfluxDB 1.x: the database).</summary>
    [Required]
    [RegularExpression("^[^\\s/]{1,255}$", ErrorMessage = "Storage:Bucket must be 1-255 characters without spaces or '/'.")]
    public string Bucket { get; set; } = "resourcemonitor";

    /// <summary>Points per write request.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 5_000;

    /// <summary>How long the writer waits for a batch to fill before it writes what it has.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan Linger { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Write requests waiting for the writer (each holds one caller's points); callers wait when it is full.</summary>
    [Range(1, 1_000_000)]
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>Timeout of one HTTP write attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of a transient failure (429, 5xx, timeout, connection refused) before the batch goes to the spool.</summary>
    [Range(0, 20)]
    public int RetryAttempts { get; set; } = 3;

    /// <summary>The first retry delay; it grows exponentially with jitter. A Retry-After header wins when present.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest retry delay (also caps Retry-After).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the circuit stays open after InfluxDB kept failing; meanwhile batches go straight to the spool.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>While the spool holds data, how often the writer tries to drain it when no live batch is waiting.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan DrainInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The spool's directory (created if missing; relative paths are under the worker's directory).</summary>
    [Required]
    public string SpoolDirectory { get; set; } = "spool";

    /// <summary>The spool's disk quota. When it is full the writer stops taking new batches (see docs/storage.md).</summary>
    [Range(1024L * 1024, long.MaxValue)]
    public long SpoolMaxBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>Size at which the spool starts a new segment file.</summary>
    [Range(64L * 1024, 1024L * 1024 * 1024)]
    public long SpoolSegmentBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>
    /// When true (the default) the worker refuses to start while InfluxDB does not answer its ping; false lets it start
    /// and spool (the demo, a database that starts later).
    /// </summary>
    public bool RequireInfluxAtStart { get; set; } = true;
}
