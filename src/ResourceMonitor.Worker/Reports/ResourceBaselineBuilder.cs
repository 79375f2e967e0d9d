using System.Globalization;
using ResourceMonitor.Domain.Baselines.Drivers;
using ResourceMonitor.Domain.Baselines.Regression;
using ResourceMonitor.Domain.Baselines.Savings;
using ResourceMonitor.Domain.Baselines.Sufficiency;
using ResourceMonitor.Domain.Baselines.Weather;

namespace ResourceMonitor.Worker.Reports;

/// <summary>
/// One consumed resource's baseline in a report: its partial days left out, the baseline's data sufficiency checked
/// (a failure is a refusal), the weather model searched the CalTRACK way beside the other drivers
/// (<see cref="WeatherModelSearch"/>), an implausible model refused (ISO 50006 F-test or R²), out-of-sample checks, and
/// the savings over the reporting period with their uncertainty.
/// </summary>
public sealed class ResourceBaselineBuilder(RegressionFitter fitter)
{
    private readonly WeatherModelSearch _search = new(fitter);

    /// <summary>Builds the baseline of <paramref name="resource"/>.</summary>
    public ResourceBaseline Build(ReportRequest request, string resource, PlantData baselineData, PlantData reportingData)
    {
        var rules = request.Rules;
        var leftOut = new List<string>();
        var heating = request.Drivers.Contains(DegreeDays.HeatingDriver);
        var cooling = request.Drivers.Contains(DegreeDays.CoolingDriver);
        if ((heating || cooling) && !baselineData.WeatherDays().Any(t => t.IsSufficient))
        {
            leftOut.Add($"{string.Join(", ", request.Drivers.Where(d => d is DegreeDays.HeatingDriver or DegreeDays.CoolingDriver))}: no outdoor temperature (weather meter) in the baseline period");
            heating = cooling = false;
        }

        var baselineOthers = new Dictionary<string, IReadOnlyList<DailyValue>>(StringComparer.Ordinal);
        var reportingOthers = new Dictionary<string, IReadOnlyList<DailyValue>>(StringComparer.Ordinal);
        foreach (var driver in request.Drivers.Where(d => d is not (DegreeDays.HeatingDriver or DegreeDays.CoolingDriver)))
        {
            var series = DriverSeries(driver, baselineData);
            if (series.Count == 0)
            {
                leftOut.Add($"{driver}: no data in the baseline period");
                continue;
            }

            baselineOthers[driver] = series;
            reportingOthers[driver] = DriverSeries(driver, reportingData);
        }

        var baselinePartial = baselineData.PartialDays(resource, rules.MinDayCoverage);
        var baseline = Inputs(request, request.Baseline, baselineData, resource, baselineOthers, heating, cooling, baselinePartial);
        var reporting = Inputs(request, request.Reporting, reportingData, resource, reportingOthers, heating, cooling, reportingData.PartialDays(resource, rules.MinDayCoverage));
        var sufficiency = BaselineSufficiency.Check(baseline, baselinePartial, rules);
        var result = new ResourceBaseline
        {
            Resource = resource,
            Unit = reportingData.UnitOf(resource),
            Drivers = [.. baselineOthers.Keys],
            DriversLeftOut = leftOut,
            Model = null,
            Refusal = null,
            IncompleteBaselinePeriods = [],
            IncompleteReportingPeriods = [],
            Savings = null,
            BaselineEnpi = null,
            Sufficiency = sufficiency,
        };
        if (!baseline.UsesWeather && baselineOthers.Count == 0)
        {
            return result with { Refusal = new RegressionRefusal(RefusalReason.MissingValue, "None of the requested drivers has data for this plant in the baseline period.") };
        }

        if (!sufficiency.Passes)
        {
            return result with
            {
                Refusal = new RegressionRefusal(RefusalReason.InsufficientData, string.Join(" ", sufficiency.Failures)),
                IncompleteBaselinePeriods = WeatherObservations.Build(baseline, null, null).IncompletePeriods,
            };
        }

        return Fitted(request, result, baseline, reporting, leftOut);
    }

    private ResourceBaseline Fitted(ReportRequest request, ResourceBaseline result, WeatherModelInputs baseline, WeatherModelInputs reporting, List<string> leftOut)
    {
        var choice = _search.Fit(baseline);
        leftOut.AddRange(choice.Selected.LeftOut);
        var outcome = choice.Selected.Outcome;
        var reportingPeriods = WeatherObservations.Build(reporting, choice.HeatingBase, choice.CoolingBase);
        var production = baseline.OtherDrivers.ContainsKey(PlantData.ProductionResource) ? PlantData.ProductionResource : null;
        var baselineProduction = production is null ? 0 : choice.Observations.Sum(o => o.Drivers[production]);
        var refusal = outcome.Refusal ?? (outcome.Model is { } m ? Implausible(m) : null);
        var savings = refusal is null && outcome.Model is { } model
            ? SavingsCalculator.Apply(model, reportingPeriods.Observations, production) with { MaxShareOutsideRange = request.MaxShareOutsideRange }
            : null;
        return result with
        {
            Drivers = outcome.IsFitted ? choice.Selected.Drivers : result.Drivers,
            Model = outcome.Model,
            Refusal = refusal,
            IncompleteBaselinePeriods = choice.IncompletePeriods,
            IncompleteReportingPeriods = reportingPeriods.IncompletePeriods,
            Savings = savings is null ? null : savings with { Uncertainty = SavingsUncertaintyCalculator.For(outcome.Model!, savings, request.ConfidencePercent) },
            BaselineEnpi = baselineProduction > 0 ? choice.Observations.Sum(o => o.Consumption) / baselineProduction : null,
            WeatherModel = baseline.UsesWeather ? new WeatherModelSummary(choice.Form, choice.HeatingBase, choice.CoolingBase, choice.Method, choice.Candidates) : null,
            OutOfSample = outcome.Model is null ? null : CrossValidation.Evaluate(fitter, choice.Observations, choice.Selected.Drivers, request.Granularity),
        };
    }

    /// <summary>ISO 50006's overall checks: a model failing its F-test or R² gives no savings figure.</summary>
    private static RegressionRefusal? Implausible(RegressionModel model) =>
        model.Iso50006.FTestPasses && model.Iso50006.RSquaredPasses
            ? null
            : new RegressionRefusal(RefusalReason.ImplausibleModel, string.Create(CultureInfo.InvariantCulture,
                $"The model explains too little to measure savings against: R² {model.RSquared:0.###} (ISO 50006: at least {Iso50006Checks.MinRSquared}), overall F-test p {model.FPValue:0.###} (below {Iso50006Checks.MaxFTestPValue}). No savings are reported."));

    private static WeatherModelInputs Inputs(
        ReportRequest request,
        ReportPeriod period,
        PlantData data,
        string resource,
        Dictionary<string, IReadOnlyList<DailyValue>> others,
        bool heating,
        bool cooling,
        IReadOnlySet<DateOnly> partialDays) => new()
        {
            Granularity = request.Granularity,
            From = period.From,
            To = period.To,
            Consumption = [.. data.DailyTotal(resource).Where(d => !partialDays.Contains(d.Day))],
            OtherDrivers = others,
            Temperatures = data.WeatherDays(),
            Heating = heating,
            Cooling = cooling,
            HeatingBases = BalancePointGrid.For(request.HddBaseCelsius),
            CoolingBases = BalancePointGrid.For(request.CddBaseCelsius),
            Method = request.DegreeDayMethod,
        };

    private static IReadOnlyList<DailyValue> DriverSeries(string driver, PlantData data) => driver switch
    {
        PlantData.ProductionResource => data.DailyTotal(PlantData.ProductionResource),
        _ => data.Meter(driver) ?? [],
    };
}
