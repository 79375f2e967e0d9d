using ResourceMonitor.Domain.Baselines.Drivers;
using ResourceMonitor.Domain.Baselines.Regression;
using ResourceMonitor.Domain.Baselines.Savings;

namespace ResourceMonitor.Worker.Reports;

/// <summary>
/// Turns a plant's daily data into an <see cref="AuditReport"/>: totals of the reporting period, and per consumed
/// resource a regression baseline (<see cref="ResourceBaselineBuilder"/>) fitted on the baseline period and applied to
/// the reporting period.
/// </summary>
public sealed class AuditReportBuilder(RegressionFitter fitter)
{
    private readonly ResourceBaselineBuilder _baselines = new(fitter);

    /// <summary>Builds the report; <paramref name="baselineData"/> and <paramref name="reportingData"/> cover the two periods.</summary>
    public AuditReport Build(ReportRequest request, PlantData baselineData, PlantData reportingData, string timeZone, DateTimeOffset generatedAt, SymbiosisSection symbiosis)
    {
        var consumed = baselineData.Usage.Keys.Concat(reportingData.Usage.Keys)
            .Where(PlantData.IsConsumption)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new AuditReport
        {
            Plant = request.Plant,
            Park = reportingData.Park ?? baselineData.Park,
            TimeZone = timeZone,
            GeneratedAt = generatedAt,
            ReportingPeriod = request.Reporting,
            BaselinePeriod = request.Baseline,
            Granularity = request.Granularity,
            Drivers = request.Drivers,
            CddBaseCelsius = request.CddBaseCelsius,
            HddBaseCelsius = request.HddBaseCelsius,
            DegreeDayMethod = request.DegreeDayMethod,
            ConfidencePercent = request.ConfidencePercent,
            Sufficiency = request.Rules,
            MaxShareOutsideRange = request.MaxShareOutsideRange,
            Totals = Totals(reportingData),
            Baselines = consumed.Select(resource => _baselines.Build(request, resource, baselineData, reportingData)).ToList(),
            Symbiosis = symbiosis,
        };
    }

    private static List<ResourceTotal> Totals(PlantData data) =>
        data.Usage
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new ResourceTotal(
                r.Key,
                data.UnitOf(r.Key),
                r.Value.Values.Sum(m => m.Sum(d => d.Value)),
                r.Value.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => new MeterTotal(m.Key, m.Value.Sum(d => d.Value))).ToList()))
            .ToList();
}
