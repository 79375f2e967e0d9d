using ResourceMonitor.Domain.Baselines.Regression;
using ResourceMonitor.Domain.Baselines.Savings;

namespace ResourceMonitor.Domain.Tests.Baselines;

public sealed class SavingsUncertaintyTests
{
    [Fact]
    public void The_Guideline_14_formula_with_the_autocorrelation_correction_gives_the_hand_computed_figure()
    {
        // n = 100, ρ = 0.5 → n′ = 100 × 0.5 / 1.5 = 33.33; √((n/n′)(1 + 2/n′)/m) = √(3 × 1.06 / 30) = 0.32558.
        var inputs = new UncertaintyInputs(TValue: 2, CvRmse: 0.1, BaselinePoints: 100, LagOneAutocorrelation: 0.5, ReportingPoints: 30, Energy: 3000, Correction: 1);

        Assert.Equal(100.0 / 3, inputs.EffectivePoints, 9);
        Assert.Equal(2 * 0.1 * 3000 * Math.Sqrt(3 * 1.06 / 30), inputs.Uncertainty(), 9);
    }

    [Fact]
    public void Autocorrelated_residuals_widen_the_interval()
    {
        var independent = new UncertaintyInputs(2, 0.1, 100, 0, 30, 3000, 1).Uncertainty();
        var correlated = new UncertaintyInputs(2, 0.1, 100, 0.6, 30, 3000, 1).Uncertainty();

        Assert.True(correlated > 1.9 * independent, $"{correlated} vs {independent}");
    }

    [Theory]
    [InlineData(68, 1.00)]
    [InlineData(80, 1.28)]
    [InlineData(90, 1.65)]
    [InlineData(95, 1.97)]
    public void The_t_value_is_two_sided_at_the_stated_confidence(int confidence, double expected)
    {
        Assert.Equal(expected, SavingsUncertaintyCalculator.TValue(confidence, 300), 2);
    }

    [Fact]
    public void Savings_smaller_than_their_uncertainty_are_not_distinguishable_from_zero()
    {
        var (model, report) = Fitted(savingsShare: 0.002);

        var uncertainty = SavingsUncertaintyCalculator.For(model, report, 95)!;

        Assert.False(uncertainty.SavingsExceedUncertainty);
        Assert.True(uncertainty.Lower < 0 && uncertainty.Upper > 0);
        Assert.True(uncertainty.FractionalUncertaintyPercent > 100);
    }

    [Fact]
    public void Savings_well_above_the_noise_exceed_their_uncertainty()
    {
        var (model, report) = Fitted(savingsShare: 0.10);

        var uncertainty = SavingsUncertaintyCalculator.For(model, report, 95)!;

        Assert.True(uncertainty.SavingsExceedUncertainty);
        Assert.Equal(report.TotalSavings - uncertainty.Uncertainty, uncertainty.Lower, 9);
        Assert.Equal(95, uncertainty.ConfidencePercent);
    }

    [Fact]
    public void Only_the_stated_confidence_levels_are_accepted()
    {
        var (model, report) = Fitted(0.1);

        Assert.Throws<ArgumentOutOfRangeException>(() => SavingsUncertaintyCalculator.For(model, report, 99));
    }

    private static (RegressionModel Model, SavingsReport Report) Fitted(double savingsShare)
    {
        var random = new Random(3);
        var start = new DateOnly(2026, 1, 1);
        RegressionObservation Day(int i, double factor)
        {
            var production = 100 + (random.NextDouble() * 100);
            return new RegressionObservation(start.AddDays(i), factor * (500 + (2 * production) + ((random.NextDouble() - 0.5) * 40)), new Dictionary<string, double> { ["production"] = production });
        }

        var baseline = Enumerable.Range(0, 120).Select(i => Day(i, 1)).ToList();
        var reporting = Enumerable.Range(120, 60).Select(i => Day(i, 1 - savingsShare)).ToList();
        var model = new RegressionFitter().Fit(baseline, ["production"], Granularity.Daily).Model!;
        return (model, SavingsCalculator.Apply(model, reporting, "production"));
    }
}
