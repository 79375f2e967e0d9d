using System.ComponentModel.DataAnnotations;
using ResourceMonitor.Domain.Baselines.Sufficiency;
using ResourceMonitor.Domain.Baselines.Weather;

namespace ResourceMonitor.Worker.Reports;

/// <summary>Where audit reports read their data (configuration section <c>Reports</c>); docs/baselines.md explains each key.</summary>
public sealed class ReportsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Reports";

    /// <summary>Cooling balance point, °C, when a request names none; unset (default) searches CalTRACK's grid (30–90 °F).</summary>
    [Range(-50.0, 50.0)]
    public double? CddBaseCelsius { get; set; }

    /// <summary>Heating balance point, °C, when a request names none; unset (default) searches CalTRACK's grid.</summary>
    [Range(-50.0, 50.0)]
    public double? HddBaseCelsius { get; set; }

    /// <summary>How degree days are computed: <c>DegreeHours</c> (default, from hourly means) or <c>DailyMean</c> (CalTRACK daily, eemeter).</summary>
    public DegreeDayMethod DegreeDayMethod { get; set; } = DegreeDayMethod.DegreeHours;

    /// <summary>Confidence of the savings uncertainty when a request names none, percent.</summary>
    [AllowedValues(68, 80, 90, 95, ErrorMessage = "Reports:Confidence must be 68, 80, 90 or 95 (percent, two-sided).")]
    public int Confidence { get; set; } = 90;

    /// <summary>Fewest days of a baseline period (CalTRACK: 365); shorter baselines are refused as insufficient.</summary>
    [Range(1, 3660)]
    public int MinBaselineDays { get; set; } = 365;

    /// <summary>Least share (0–1) of complete baseline days (CalTRACK: 0.9).</summary>
    [Range(0.0, 1.0)]
    public double MinShareOfDays { get; set; } = 0.9;

    /// <summary>Least share (0–1) of a day the consumption meters must cover (their <c>usage_1m</c> <c>coverage</c>) for it to count; partial days are left out.</summary>
    [Range(0.0, 1.0)]
    public double MinDayCoverage { get; set; } = 0.9;

    /// <summary>Largest share (0–1) of reporting periods whose drivers lie outside the baseline's range that the range check accepts.</summary>
    [Range(0.0, 1.0)]
    public double MaxShareOutsideRange { get; set; } = 0.05;

    /// <summary>The sufficiency rules these options state.</summary>
    public SufficiencyRules Sufficiency() => new() { MinBaselineDays = MinBaselineDays, MinShareOfDays = MinShareOfDays, MinDayCoverage = MinDayCoverage };

    /// <summary>
    /// The longest reporting period, and the longest baseline period, one report may span (whole days; default 366 days).
    /// Longer requests get 400: a report's memory and InfluxDB query grow with its span.
    /// </summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3660.00:00:00")]
    public TimeSpan MaxSpan { get; set; } = TimeSpan.FromDays(366);

    /// <summary>The audit series the worker stores for Grafana (section <c>Reports:Series</c>).</summary>
    public Series.AuditSeriesOptions Series { get; set; } = new();
}
