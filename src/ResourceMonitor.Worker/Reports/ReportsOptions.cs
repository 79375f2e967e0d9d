using System.ComponentModel.DataAnnotations;

namespace ResourceMonitor.Worker.Reports;

/// <summary>Where audit reports read their data (configuration section <c>Reports</c>); docs/baselines.md explains each key.</summary>
public sealed class ReportsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Reports";

    /// <summary>The worker's per-minute usage measurement (docs/storage.md; tags <c>park</c>, <c>plant</c>, <c>meter</c>, <c>resource</c>).</summary>
    [Required]
    public string UsageMeasurement { get; set; } = "usage_1m";

    /// <summary>Its field holding the quantity used in the minute.</summary>
    [Required]
    public string UsageField { get; set; } = "amount";

    /// <summary>Measurement of raw readings, where the <c>weather</c> meters' temperatures are.</summary>
    [Required]
    public string ReadingMeasurement { get; set; } = "reading";

    /// <summary>The symbiosis measurement of opportunity alerts and totals (docs/symbiosis.md); empty leaves the report's symbiosis section out.</summary>
    public string OpportunityMeasurement { get; set; } = "opportunity";

    /// <summary>Cooling degree day base temperature, °C, when a request names none.</summary>
    [Range(-50.0, 50.0)]
    public double CddBaseCelsius { get; set; } = 18.0;

    /// <summary>
    /// The longest reporting period, and the longest baseline period, one report may span (whole days; default 366 days).
    /// Longer requests get 400: a report's memory and InfluxDB query grow with its span.
    /// </summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3660.00:00:00")]
    public TimeSpan MaxSpan { get; set; } = TimeSpan.FromDays(366);

    /// <summary>The audit series the worker stores for Grafana (section <c>Reports:Series</c>).</summary>
    public Series.AuditSeriesOptions Series { get; set; } = new();
}
