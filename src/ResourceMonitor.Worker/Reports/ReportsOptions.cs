using System.ComponentModel.DataAnnotations;

namespace ResourceMonitor.Worker.Reports;

/// <summary>Where audit reports read their data (configuration section <c>Reports</c>); docs/baselines.md explains each key.</summary>
public sealed class ReportsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Reports";

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
