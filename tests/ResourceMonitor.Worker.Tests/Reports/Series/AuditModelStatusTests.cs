using ResourceMonitor.Domain.Baselines.Regression;
using ResourceMonitor.Domain.Baselines.Savings;
using ResourceMonitor.Worker.Reports;
using ResourceMonitor.Worker.Reports.Series;

namespace ResourceMonitor.Worker.Tests.Reports.Series;

public sealed class AuditModelStatusTests
{
    private static readonly DateOnly Start = new(2026, 6, 1);

    [Fact]
    public void A_model_meeting_every_check_is_valid()
    {
        // Consumption = 100 + 2 × production with a ±1 wobble: R² ≈ 1, CV(RMSE) well under 30 %.
        var status = AuditModelStatus.Of(Baseline(Fit(i => 100 + (2 * Production(i)) + ((i % 3) - 1))));

        Assert.Equal("valid: meets ASHRAE Guideline 14 and the ISO 50006 checks", status);
    }

    [Fact]
    public void A_model_of_noise_names_each_failing_check()
    {
        // Consumption alternates 50 / 150 whatever production does: CV(RMSE) ≈ 50 %, R² ≈ 0, production not significant.
        var status = AuditModelStatus.Of(Baseline(Fit(i => i % 2 == 0 ? 50 : 150)));

        Assert.StartsWith("use with care: CV(RMSE) ", status, StringComparison.Ordinal);
        Assert.Contains("% above 30 %", status, StringComparison.Ordinal);
        Assert.Contains("R² 0", status, StringComparison.Ordinal);
        Assert.Contains("below 0.5", status, StringComparison.Ordinal);
        Assert.Contains("F-test p ", status, StringComparison.Ordinal);
        Assert.Contains("not significant (p ≥ 0.2): production", status, StringComparison.Ordinal);
        Assert.DoesNotContain("NMBE", status, StringComparison.Ordinal);
    }

    [Fact]
    public void Reporting_drivers_outside_the_baseline_range_are_named()
    {
        var baseline = Baseline(Fit(i => 100 + (2 * Production(i)) + ((i % 3) - 1))) with
        {
            // One reporting day of ten outside the range: 10 %, beyond the range check's 5 %.
            Savings = new SavingsReport
            {
                Points = [.. Enumerable.Range(40, 10).Select(d => new SavingsPoint(Start.AddDays(d), 200, 200, 0, 0, 50, 4, 4))],
                DriversOutsideBaselineRange = [new DriverOutOfRange(Start.AddDays(40), "production", 999, 50, 79)],
            },
        };

        Assert.Equal("use with care: more reporting periods outside the baseline's driver range than the range check accepts", AuditModelStatus.Of(baseline));
    }

    [Fact]
    public void A_refused_model_reads_its_reason_in_words_and_its_detail()
    {
        var baseline = Baseline(RegressionOutcome.Refused(RefusalReason.TooFewPoints, "3 periods, at least 5 needed."));

        Assert.Equal("refused: too few points. 3 periods, at least 5 needed.", AuditModelStatus.Of(baseline));
        Assert.Equal("constant variable", AuditModelStatus.Words(RefusalReason.ConstantVariable));
    }

    private static double Production(int day) => 50 + (7 * day % 30);

    private static RegressionOutcome Fit(Func<int, double> consumption) =>
        new RegressionFitter().Fit(
            Enumerable.Range(0, 30).Select(i => new RegressionObservation(Start.AddDays(i), consumption(i), new Dictionary<string, double> { ["production"] = Production(i) })).ToList(),
            ["production"],
            Granularity.Daily);

    private static ResourceBaseline Baseline(RegressionOutcome outcome) => new()
    {
        Resource = "electricity",
        Unit = "kWh",
        Drivers = ["production"],
        DriversLeftOut = [],
        Model = outcome.Model,
        Refusal = outcome.Refusal,
        IncompleteBaselinePeriods = [],
        IncompleteReportingPeriods = [],
        Savings = null,
        BaselineEnpi = null,
    };
}
