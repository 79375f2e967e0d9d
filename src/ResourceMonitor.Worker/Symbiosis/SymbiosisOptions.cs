using System.ComponentModel.DataAnnotations;
using ResourceMonitor.Domain.Symbiosis;

namespace ResourceMonitor.Worker.Symbiosis;

/// <summary>Surplus detection, matching and alerting (section <c>Symbiosis</c>).</summary>
public sealed class SymbiosisOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Symbiosis";

    /// <summary>Off: readings are not watched and nothing is announced.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The periodic evaluation, for silence (staleness) and the balance and running-totals points. Alerts do not wait
    /// for it: an evaluation also runs at once when a reading turns an offer or need on or off, and at the due time of
    /// a pending opening or closing.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan EvaluationInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The smoothing window (mean of the readings within it); short, because the sustain timers debounce.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan SmoothingWindow { get; set; } = DetectionSettings.Default.SmoothingWindow;

    /// <summary>How long the smoothed rate must stay above the open threshold.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan OpenAfter { get; set; } = DetectionSettings.Default.OpenAfter;

    /// <summary>How long it must stay below the close threshold.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan CloseAfter { get; set; } = DetectionSettings.Default.CloseAfter;

    /// <summary>Silence after which a detector knows nothing and closes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan StaleAfter { get; set; } = DetectionSettings.Default.StaleAfter;

    /// <summary>Heat offer must exceed the need's minimum temperature by this many kelvin.</summary>
    [Range(0, 200)]
    public double HeatApproachKelvin { get; set; } = DetectionSettings.Default.HeatApproachKelvin;

    /// <summary>Relative rate change that is announced as an update.</summary>
    [Range(0.001, 10)]
    public double SignificantChange { get; set; } = DetectionSettings.Default.SignificantChange;

    /// <summary>A material need absorbs its intake rate over this horizon.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan WasteNeedHorizon { get; set; } = DetectionSettings.Default.WasteNeedHorizon;

    /// <summary>A significant change is announced only after the rate stayed within half the significant change of its new value this long.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan UpdateSettleTime { get; set; } = DetectionSettings.Default.UpdateSettleTime;

    /// <summary>At most one update alert per opportunity in this time.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan MinUpdateInterval { get; set; } = DetectionSettings.Default.MinUpdateInterval;

    /// <summary>A pair allocated less than this share of its potential is reported below the floor (<c>allocationBelowFloor</c>).</summary>
    [Range(0.0, 1.0)]
    public double AllocationFloor { get; set; } = DetectionSettings.Default.AllocationFloor;

    /// <summary>Where open opportunities, totals and detector states are saved (relative to the content root).</summary>
    [Required]
    public string SnapshotPath { get; set; } = "data/symbiosis/snapshot.json";

    /// <summary>How often each open opportunity's running totals are written to measurement <c>opportunity</c> (event <c>running</c>) between alerts.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RunningTotalsInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Receivers of alert events (JSON POST).</summary>
    public IList<Uri> Webhooks { get; } = [];

    /// <summary>Attempts per webhook delivery before it goes to the dead-letter log.</summary>
    [Range(1, 20)]
    public int WebhookAttempts { get; set; } = 5;

    /// <summary>First retry delay (doubles, with jitter).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Time allowed for one webhook request.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Deliveries that failed every attempt, one JSON line each (relative to the content root).</summary>
    [Required]
    public string WebhookDeadLetterPath { get; set; } = "data/symbiosis/webhook-dead-letter.jsonl";

    /// <summary>Batches waiting for the detector (bounded, Wait mode).</summary>
    [Range(1, 1_000_000)]
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>Events kept per opportunity for the history endpoint.</summary>
    [Range(1, 100_000)]
    public int HistoryLength { get; set; } = 500;

    /// <summary>The domain settings.</summary>
    public DetectionSettings ToSettings() =>
        new(SmoothingWindow, OpenAfter, CloseAfter, StaleAfter, HeatApproachKelvin, SignificantChange, WasteNeedHorizon, UpdateSettleTime, MinUpdateInterval, AllocationFloor);
}
