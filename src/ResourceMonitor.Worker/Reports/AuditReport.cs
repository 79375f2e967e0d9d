using ResourceMonitor.Domain.Baselines.Drivers;
using ResourceMonitor.Domain.Baselines.Regression;
using ResourceMonitor.Domain.Baselines.Savings;
using ResourceMonitor.Domain.Baselines.Sufficiency;
using ResourceMonitor.Domain.Baselines.Weather;

namespace ResourceMonitor.Worker.Reports;

/// <summary>An audit report of one plant and period: the complete, machine-readable content every rendering draws from.</summary>
public sealed record AuditReport
{
    /// <summary>The plant.</summary>
    public required string Plant { get; init; }

    /// <summary>The park, when data was found.</summary>
    public required string? Park { get; init; }

    /// <summary>The time zone days are counted in.</summary>
    public required string TimeZone { get; init; }

    /// <summary>When the report was made.</summary>
    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>The reporting period.</summary>
    public required ReportPeriod ReportingPeriod { get; init; }

    /// <summary>The baseline period.</summary>
    public required ReportPeriod BaselinePeriod { get; init; }

    /// <summary>The regression granularity.</summary>
    public required Granularity Granularity { get; init; }

    /// <summary>Drivers requested.</summary>
    public required IReadOnlyList<string> Drivers { get; init; }

    /// <summary>Cooling balance point requested, °C; null when CalTRACK's grid was searched (each baseline states the one chosen).</summary>
    public required double? CddBaseCelsius { get; init; }

    /// <summary>Heating balance point requested, °C; null when CalTRACK's grid was searched.</summary>
    public double? HddBaseCelsius { get; init; }

    /// <summary>How degree days were computed.</summary>
    public DegreeDayMethod DegreeDayMethod { get; init; }

    /// <summary>Confidence of the savings uncertainty, percent (two-sided).</summary>
    public int ConfidencePercent { get; init; } = 90;

    /// <summary>The data sufficiency rules applied to each baseline.</summary>
    public SufficiencyRules Sufficiency { get; init; } = SufficiencyRules.Default;

    /// <summary>Largest share of extrapolated reporting periods the range check accepts (0–1).</summary>
    public double MaxShareOutsideRange { get; init; } = 0.05;

    /// <summary>Reporting-period totals per resource (sums of the stored usage), production included.</summary>
    public required IReadOnlyList<ResourceTotal> Totals { get; init; }

    /// <summary>One regression baseline per consumed resource.</summary>
    public required IReadOnlyList<ResourceBaseline> Baselines { get; init; }

    /// <summary>Symbiosis opportunities and surplus flows of the period.</summary>
    public required SymbiosisSection Symbiosis { get; init; }
}

/// <summary>A resource's total in the reporting period, and its meters' totals.</summary>
public sealed record ResourceTotal(string Resource, string Unit, double Total, IReadOnlyList<MeterTotal> Meters);

/// <summary>One meter's total in the reporting period.</summary>
public sealed record MeterTotal(string Meter, double Total);

/// <summary>A resource's regression baseline and its savings over the reporting period.</summary>
public sealed record ResourceBaseline
{
    /// <summary>The resource.</summary>
    public required string Resource { get; init; }

    /// <summary>Its canonical unit.</summary>
    public required string Unit { get; init; }

    /// <summary>The drivers used in the model.</summary>
    public required IReadOnlyList<string> Drivers { get; init; }

    /// <summary>Requested drivers left out, with why: no data for this plant, or not relevant (collinear, constant or not significant: <see cref="DriverSelection"/>).</summary>
    public required IReadOnlyList<string> DriversLeftOut { get; init; }

    /// <summary>The fitted model, or null when none could be fitted. A fitted model can still be refused (<see cref="Refusal"/>: implausible).</summary>
    public required RegressionModel? Model { get; init; }

    /// <summary>Why there is no baseline to measure savings against (no model, insufficient data, or an implausible model), or null.</summary>
    public required RegressionRefusal? Refusal { get; init; }

    /// <summary>The baseline period's data judged against the sufficiency rules.</summary>
    public SufficiencyReport? Sufficiency { get; init; }

    /// <summary>The weather model chosen and the candidates tried, when <c>hdd</c> or <c>cdd</c> was requested and the park has weather.</summary>
    public WeatherModelSummary? WeatherModel { get; init; }

    /// <summary>NMBE and CV(RMSE) on held-out baseline periods (5-fold cross-validation), when a model was fitted.</summary>
    public OutOfSampleChecks? OutOfSample { get; init; }

    /// <summary>Baseline periods left out of the fit.</summary>
    public required IReadOnlyList<IncompletePeriod> IncompleteBaselinePeriods { get; init; }

    /// <summary>Reporting periods left out of the savings.</summary>
    public required IReadOnlyList<IncompletePeriod> IncompleteReportingPeriods { get; init; }

    /// <summary>Savings, CUSUM and EnPIs over the reporting period, when a model was fitted.</summary>
    public required SavingsReport? Savings { get; init; }

    /// <summary>Baseline-period specific consumption Σ consumption / Σ production, when production is metered.</summary>
    public required double? BaselineEnpi { get; init; }
}

/// <summary>The symbiosis part of a report: whether it could be filled, and its rows.</summary>
/// <param name="Available">False when no opportunity measurement is configured.</param>
/// <param name="Note">What the section contains or why it is empty.</param>
/// <param name="Opportunities">Opportunity totals of the period concerning the plant.</param>
public sealed record SymbiosisSection(bool Available, string Note, IReadOnlyList<OpportunitySummary> Opportunities);
