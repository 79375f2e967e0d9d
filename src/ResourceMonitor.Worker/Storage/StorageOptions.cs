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

    /// <summary>
    /// Timeout of one HTTP write request. A request that gets no answer in time counts as a failure: its batch goes to the
    /// spool at once, so this is the longest a hanging InfluxDB holds up acknowledgements (docs/storage.md).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// After a failed request the writer probes InfluxDB with the oldest spooled batch, one request at a time: the first probe
    /// waits this long, each further consecutive failure doubles the wait (±20 % jitter). A Retry-After header wins.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest wait between probes (also caps Retry-After): how late the writer notices InfluxDB is back at worst.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

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
