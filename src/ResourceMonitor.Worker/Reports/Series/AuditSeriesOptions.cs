using System.ComponentModel.DataAnnotations;
using ResourceMonitor.Domain.Baselines.Drivers;

namespace ResourceMonitor.Worker.Reports.Series;

/// <summary>
/// The audit series for Grafana (configuration section <c>Reports:Series</c>): how often every plant's audit report is
/// built and stored, over which periods, and where. docs/baselines.md ("Audit series in Grafana") explains each key.
/// </summary>
public sealed class AuditSeriesOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = ReportsOptions.Section + ":Series";

    /// <summary>Whether the series are written (on by default).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the series are rebuilt.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The wait before the first run after start, so the worker's own start-up (spool drain) goes first.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan StartDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>First day of the auditor's baseline period (ISO date); set together with <see cref="BaselineTo"/>, or neither for the rolling default.</summary>
    public DateOnly? BaselineFrom { get; set; }

    /// <summary>Day after the baseline period's last day (exclusive); the reporting period starts here.</summary>
    public DateOnly? BaselineTo { get; set; }

    /// <summary>Longest reporting period in days with a fixed baseline: it ends this many days after <see cref="BaselineTo"/> at the latest.</summary>
    [Range(1, 3660)]
    public int MaxReportingDays { get; set; } = 366;

    /// <summary>Without a fixed baseline: the reporting period is the last this many complete local days.</summary>
    [Range(1, 3660)]
    public int RollingReportingDays { get; set; } = 28;

    /// <summary>Without a fixed baseline: the baseline period is this many days just before the reporting period.</summary>
    [Range(1, 3660)]
    public int RollingBaselineDays { get; set; } = 56;

    /// <summary>The regression's drivers, comma-separated, as a report request's <c>drivers</c>.</summary>
    [Required]
    public string Drivers { get; set; } = $"production,{CoolingDegreeDays.DriverName}";

    /// <summary>The drivers as a list.</summary>
    public IReadOnlyList<string> DriverNames() =>
        Drivers.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
}
