using ResourceMonitor.Domain.Baselines.Drivers;
using ResourceMonitor.Domain.Baselines.Regression;
using ResourceMonitor.Domain.Baselines.Sufficiency;
using ResourceMonitor.Domain.Baselines.Weather;
using ResourceMonitor.Worker.Reports;
using ResourceMonitor.Worker.Reports.Series;

namespace ResourceMonitor.Worker.Tests.Reports;

public sealed class ResourceBaselineBuilderTests
{
    private static readonly ReportPeriod Baseline = new(new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1));
    private static readonly ReportPeriod Reporting = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 1));

    [Fact]
    public void A_gas_boiler_gets_a_heating_model_in_the_report_with_savings_their_uncertainty_and_out_of_sample_checks()
    {
        // Issue 16 item 2: drivers=hdd used to look for a meter named "hdd", and the default CDD model kept β_CDD < 0 on gas.
        var report = Build((day, random) => 300 + (8 * DegreeDays.Heating(day, 16, DegreeDayMethod.DegreeHours)) + (random.NextDouble() * 20), savingShare: 0.1);

        var gas = Assert.Single(report.Baselines);
        Assert.Null(gas.Refusal);
        Assert.Equal(WeatherModelForm.Heating, gas.WeatherModel!.Form);
        Assert.InRange(gas.WeatherModel.HeatingBaseCelsius!.Value, 14.5, 17.5);
        Assert.Contains("hdd", gas.Drivers);
        Assert.True(gas.Sufficiency!.Passes);
        Assert.True(gas.OutOfSample!.Passes);
        var uncertainty = gas.Savings!.Uncertainty!;
        Assert.Equal(90, uncertainty.ConfidencePercent);
        Assert.True(uncertainty.SavingsExceedUncertainty);
        Assert.InRange(gas.Savings.SavingsPercent, 8, 12);
        Assert.StartsWith("valid", AuditModelStatus.Of(gas), StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_that_explains_nothing_gives_no_savings_figure_but_a_refusal_with_its_reason()
    {
        // Issue 16 item 3: a model with p = 0.64 and R² 0.0006 still reported savings.
        var report = Build((day, random) => 300 + (random.NextDouble() * 50), savingShare: 0.1);

        var gas = Assert.Single(report.Baselines);
        Assert.Null(gas.Savings);
        Assert.Equal(RefusalReason.ImplausibleModel, gas.Refusal!.Reason);
        Assert.StartsWith("refused: implausible model.", AuditModelStatus.Of(gas), StringComparison.Ordinal);
        Assert.DoesNotContain(ReportCsv.Lines(report), l => l.StartsWith("gas,reporting,", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_baseline_is_refused_as_insufficient_with_CalTRACKs_rule()
    {
        var report = Build((day, random) => 300 + (8 * DegreeDays.Heating(day, 16, DegreeDayMethod.DegreeHours)) + (random.NextDouble() * 20), savingShare: 0.1, baselineDays: 120, rules: SufficiencyRules.Default);

        var gas = Assert.Single(report.Baselines);
        Assert.Equal(RefusalReason.InsufficientData, gas.Refusal!.Reason);
        Assert.Contains("at least 365 are required", gas.Refusal.Detail, StringComparison.Ordinal);
        Assert.Null(gas.Savings);
    }

    [Fact]
    public void Partial_days_are_left_out_of_the_model_by_their_coverage()
    {
        var report = Build((day, random) => 300 + (8 * DegreeDays.Heating(day, 16, DegreeDayMethod.DegreeHours)) + (random.NextDouble() * 20), savingShare: 0.1, partialEvery: 20);

        var gas = Assert.Single(report.Baselines);
        Assert.Equal(19, gas.Sufficiency!.PartialDays); // every twentieth of 365 days covers half of the day
        Assert.True(gas.Sufficiency.Passes);
        Assert.Equal(365 - 19, gas.Model!.Observations);
    }

    private static AuditReport Build(Func<DailyTemperature, Random, double> gas, double savingShare, int baselineDays = 365, SufficiencyRules? rules = null, int partialEvery = 0)
    {
        var random = new Random(5);
        var baseline = new ReportPeriod(Baseline.To.AddDays(-baselineDays), Baseline.To);
        var request = new ReportRequest("dyeing-01", Reporting, baseline, Granularity.Daily, ["hdd", "cdd"], null, Sufficiency: rules ?? new SufficiencyRules());
        return new AuditReportBuilder(new RegressionFitter()).Build(
            request,
            Data(baseline, gas, 0, random, partialEvery),
            Data(Reporting, gas, savingShare, random, 0),
            "Asia/Ho_Chi_Minh",
            new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero),
            new SymbiosisSection(false, "", []));
    }

    private static PlantData Data(ReportPeriod period, Func<DailyTemperature, Random, double> gas, double savingShare, Random random, int partialEvery)
    {
        var days = Enumerable.Range(0, period.Days).Select(period.From.AddDays).ToList();
        var temperatures = days.Select(d => new DailyTemperature(d, [.. Enumerable.Range(0, 24).Select(h =>
            12 - (10 * Math.Cos(2 * Math.PI * d.DayOfYear / 365.0)) + (3 * Math.Sin(2 * Math.PI * h / 24)) + random.NextDouble())])).ToList();
        var use = temperatures.Select(t => new DailyValue(t.Day, gas(t, random) * (1 - savingShare))).ToList();
        var coverage = days.Select((d, i) => new DailyValue(d, partialEvery > 0 && i % partialEvery == 0 ? 0.5 : 1.0)).ToList();
        return new PlantData("hiep-phuoc", new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<DailyValue>>>
        {
            ["gas"] = new Dictionary<string, IReadOnlyList<DailyValue>> { ["boiler-gas"] = use },
        }, [.. temperatures.Select(t => new DailyValue(t.Day, t.Mean))])
        {
            Temperatures = temperatures,
            Coverage = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<DailyValue>>> { ["gas"] = new Dictionary<string, IReadOnlyList<DailyValue>> { ["boiler-gas"] = coverage } },
        };
    }
}
