using ResourceMonitor.Domain.Baselines.Drivers;
using ResourceMonitor.Domain.Baselines.Regression;
using ResourceMonitor.Domain.Baselines.Savings;

namespace ResourceMonitor.Worker.Reports;

/// <summary>
/// Turns a plant's daily data into an <see cref="AuditReport"/>: totals of the reporting period, and per consumed
/// resource a regression baseline fitted on the baseline period (on the requested drivers that are relevant: see
/// <see cref="DriverSelection"/>) and applied to the reporting period.
/// </summary>
public sealed class AuditReportBuilder(RegressionFitter fitter)
{
    private readonly DriverSelection _selection = new(fitter);

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
            Totals = Totals(reportingData),
            Baselines = consumed.Select(resource => Baseline(request, resource, baselineData, reportingData)).ToList(),
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

    private ResourceBaseline Baseline(ReportRequest request, string resource, PlantData baselineData, PlantData reportingData)
    {
        var leftOut = new List<string>();
        var baselineDrivers = new Dictionary<string, IReadOnlyList<DailyValue>>(StringComparer.Ordinal);
        var reportingDrivers = new Dictionary<string, IReadOnlyList<DailyValue>>(StringComparer.Ordinal);
        foreach (var driver in request.Drivers)
        {
            var baselineSeries = DriverSeries(driver, baselineData, request.CddBaseCelsius);
            if (baselineSeries.Count == 0)
            {
                leftOut.Add($"{driver}: no data in the baseline period");
                continue;
            }

            baselineDrivers[driver] = baselineSeries;
            reportingDrivers[driver] = DriverSeries(driver, reportingData, request.CddBaseCelsius);
        }

        var baseline = PeriodObservationBuilder.Build(request.Granularity, request.Baseline.From, request.Baseline.To, baselineData.DailyTotal(resource), baselineDrivers);
        var reporting = PeriodObservationBuilder.Build(request.Granularity, request.Reporting.From, request.Reporting.To, reportingData.DailyTotal(resource), reportingDrivers);
        var selected = baselineDrivers.Count == 0
            ? new SelectedModel(RegressionOutcome.Refused(RefusalReason.MissingValue, "None of the requested drivers has data for this plant in the baseline period."), [], [])
            : _selection.Fit(baseline.Observations, baselineDrivers.Keys.ToList(), request.Granularity);
        var outcome = selected.Outcome;
        leftOut.AddRange(selected.LeftOut);
        var production = baselineDrivers.ContainsKey(PlantData.ProductionResource) ? PlantData.ProductionResource : null;
        var baselineProduction = production is null ? 0 : baseline.Observations.Sum(o => o.Drivers[production]);

        return new ResourceBaseline
        {
            Resource = resource,
            Unit = reportingData.UnitOf(resource),
            Drivers = selected.Drivers.Count > 0 ? selected.Drivers : baselineDrivers.Keys.ToList(),
            DriversLeftOut = leftOut,
            Model = outcome.Model,
            Refusal = outcome.Refusal,
            IncompleteBaselinePeriods = baseline.IncompletePeriods,
            IncompleteReportingPeriods = reporting.IncompletePeriods,
            Savings = outcome.IsFitted ? SavingsCalculator.Apply(outcome.Model, reporting.Observations, production) : null,
            BaselineEnpi = baselineProduction > 0 ? baseline.Observations.Sum(o => o.Consumption) / baselineProduction : null,
        };
    }

    private static IReadOnlyList<DailyValue> DriverSeries(string driver, PlantData data, double cddBase) => driver switch
    {
        CoolingDegreeDays.DriverName => CoolingDegreeDays.FromDailyMeans(data.DailyMeanTemperature, cddBase),
        PlantData.ProductionResource => data.DailyTotal(PlantData.ProductionResource),
        _ => data.Meter(driver) ?? [],
    };
}
