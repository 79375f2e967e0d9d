using System.ComponentModel.DataAnnotations;

namespace ResourceMonitor.Worker.Ingest;

/// <summary>The ingest pipeline (configuration section <c>Ingest</c>); docs/operations.md explains each key.</summary>
public sealed class IngestOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Ingest";

    /// <summary>The parks this worker owns (it subscribes to <c>rm/v1/{park}/+/readings</c> for each). Empty: the catalog's park.</summary>
    public List<string> Parks { get; set; } = [];

    /// <summary>Messages between pipeline stages (each stage's bounded channel); at least the broker's Receive Maximum.</summary>
    [Range(1, 1_000_000)]
    public int StageCapacity { get; set; } = 10_000;

    /// <summary>How long a batch id is remembered to drop its redeliveries.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan BatchIdMemory { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How many batch ids are remembered at most (oldest forgotten first).</summary>
    [Range(1, 100_000_000)]
    public int BatchIdCapacity { get; set; } = 500_000;

    /// <summary>How many (plant, meter, timestamp) keys are remembered to drop repeated readings (oldest forgotten first).</summary>
    [Range(1, 100_000_000)]
    public int ReadingKeyCapacity { get; set; } = 2_000_000;

    /// <summary>How far in the future a reading's timestamp may lie (a meter's clock ahead) before it is refused as clock skew.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan MaxFutureSkew { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How far in the past a reading's timestamp may lie before it is refused as clock skew (a meter whose clock was reset).
    /// Longer than an edge agent can plausibly hold back after an outage (its own <c>MaxPast</c> is 7 days); widen it for a back-fill.
    /// </summary>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00", ErrorMessage = "Ingest:MaxPastAge must lie between 01:00:00 and 3650.00:00:00 (d.hh:mm:ss); widen it only for a back-fill of older readings.")]
    public TimeSpan MaxPastAge { get; set; } = TimeSpan.FromDays(35);

    /// <summary>The largest payload accepted; larger ones are refused with <c>payload_too_large</c>.</summary>
    [Range(1024, 256 * 1024 * 1024)]
    public int MaxPayloadBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Rejection notices (rejected topic and measurement <c>rejection</c>) waiting to be sent. Admission never waits for this
    /// queue: when it is full a notice is dropped and counted (<c>rm_rejection_notices_dropped</c>); the rejection itself is
    /// always counted (<c>rm_readings_rejected</c>).
    /// </summary>
    [Range(1, 1_000_000)]
    public int RejectionNoticeCapacity { get; set; } = 10_000;

    /// <summary>Rejections are logged as one line per reason per interval (count and one example), not one per message.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan RejectionLogInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>On shutdown, how long queued rejection notices may take to be published and stored; the rest are counted as dropped.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RejectionFlushTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the end-to-end acknowledgements (<c>rm/v1/{park}/{plant}/ack</c>) are published: at most one per agent per interval.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan AcknowledgementInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The file of the per-agent sequence marks (relative paths are under the worker's directory).</summary>
    [Required]
    public string SequenceMarksFile { get; set; } = "ingest/sequence-marks.json";
}
