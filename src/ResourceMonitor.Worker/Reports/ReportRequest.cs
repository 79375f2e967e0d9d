using ResourceMonitor.Domain.Baselines.Regression;

namespace ResourceMonitor.Worker.Reports;

/// <summary>What an auditor asks for: a plant, a reporting period, a baseline period and how to model it.</summary>
/// <param name="Plant">The plant id.</param>
/// <param name="Reporting">The reporting period (local days).</param>
/// <param name="Baseline">The baseline period the regression is fitted on.</param>
/// <param name="Granularity">Daily, weekly or monthly observations.</param>
/// <param name="Drivers">Driver names: <c>production</c>, <c>cdd</c>, or a meter id of the plant.</param>
/// <param name="CddBaseCelsius">Base temperature of the cooling degree days.</param>
public sealed record ReportRequest(string Plant, ReportPeriod Reporting, ReportPeriod Baseline, Granularity Granularity, IReadOnlyList<string> Drivers, double CddBaseCelsius);
