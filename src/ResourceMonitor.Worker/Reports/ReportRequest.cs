using ResourceMonitor.Domain.Baselines.Regression;
using ResourceMonitor.Domain.Baselines.Sufficiency;
using ResourceMonitor.Domain.Baselines.Weather;

namespace ResourceMonitor.Worker.Reports;

/// <summary>What an auditor asks for: a plant, a reporting period, a baseline period and how to model it.</summary>
/// <param name="Plant">The plant id.</param>
/// <param name="Reporting">The reporting period (local days).</param>
/// <param name="Baseline">The baseline period the regression is fitted on.</param>
/// <param name="Granularity">Daily, weekly or monthly observations.</param>
/// <param name="Drivers">Driver names: <c>production</c>, <c>hdd</c>, <c>cdd</c>, or a meter id of the plant.</param>
/// <param name="CddBaseCelsius">Cooling balance point, °C; null searches CalTRACK's grid.</param>
/// <param name="HddBaseCelsius">Heating balance point, °C; null searches CalTRACK's grid.</param>
/// <param name="ConfidencePercent">Confidence of the savings uncertainty: 68, 80, 90 or 95.</param>
/// <param name="Sufficiency">Data sufficiency rules of the baseline (null: CalTRACK's defaults).</param>
/// <param name="DegreeDayMethod">How degree days are computed from the outdoor temperatures.</param>
/// <param name="MaxShareOutsideRange">Largest share (0–1) of reporting periods with drivers outside the baseline's range the range check accepts.</param>
public sealed record ReportRequest(
    string Plant,
    ReportPeriod Reporting,
    ReportPeriod Baseline,
    Granularity Granularity,
    IReadOnlyList<string> Drivers,
    double? CddBaseCelsius,
    double? HddBaseCelsius = null,
    int ConfidencePercent = 90,
    SufficiencyRules? Sufficiency = null,
    DegreeDayMethod DegreeDayMethod = DegreeDayMethod.DegreeHours,
    double MaxShareOutsideRange = 0.05)
{
    /// <summary>The sufficiency rules that apply.</summary>
    public SufficiencyRules Rules => Sufficiency ?? SufficiencyRules.Default;
}
