using ResourceMonitor.Domain.Baselines.Drivers;
using ResourceMonitor.Domain.Baselines.Regression;
using ResourceMonitor.Domain.Baselines.Savings;

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

    /// <summary>Cooling degree day base, °C.</summary>
    public required double CddBaseCelsius { get; init; }

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

    /// <summary>The fitted model, or null when refused.</summary>
    public required RegressionModel? Model { get; init; }

    /// <summary>Why no model was fitted, or null.</summary>
    public required RegressionRefusal? Refusal { get; init; }

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
