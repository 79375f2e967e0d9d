using ResourceMonitor.Domain.Baselines.Regression;
using ResourceMonitor.Domain.Baselines.Savings;

namespace ResourceMonitor.Domain.Tests.Baselines;

public sealed class SavingsCalculatorTests
{
    private readonly RegressionModel _model = new RegressionFitter()
        .Fit(RegressionFitterTests.Generated(days: 120, seed: 21), ["production", "cdd"], Granularity.Daily).Model!;

    [Fact]
    public void Ten_percent_less_use_under_reporting_conditions_shows_as_ten_percent_savings_and_a_falling_cusum()
    {
        var reporting = RegressionFitterTests.Generated(days: 30, seed: 22)
            .Select(o => o with { Consumption = _model.Predict(o.Drivers) * 0.9 })
            .ToList();

        var report = SavingsCalculator.Apply(_model, reporting, "production");

        Assert.Equal(10, report.SavingsPercent, 6);
        Assert.Equal(report.TotalPredicted - report.TotalActual, report.TotalSavings, 6);
        Assert.Equal(-report.TotalSavings, report.Points[^1].Cusum, 6);
        Assert.All(report.Points.Zip(report.Points.Skip(1)), pair => Assert.True(pair.Second.Cusum < pair.First.Cusum));
        Assert.Equal(reporting.Sum(o => o.Drivers["production"]), report.TotalProduction!.Value, 6);
        Assert.Equal(report.TotalActual / report.TotalProduction.Value, report.Enpi!.Value, 9);
        Assert.Equal(0.9 * report.BaselineEnpi!.Value, report.Enpi.Value, 9);
        Assert.Equal(reporting[0].Consumption / reporting[0].Drivers["production"], report.Points[0].Enpi!.Value, 9);
    }

    [Fact]
    public void A_reporting_driver_outside_the_baseline_range_is_flagged_with_its_period()
    {
        var reporting = RegressionFitterTests.Generated(days: 10, seed: 23);
        reporting[4] = reporting[4] with { Drivers = new Dictionary<string, double>(reporting[4].Drivers) { ["production"] = 5000 } };

        var report = SavingsCalculator.Apply(_model, reporting, "production");

        var outside = Assert.Single(report.DriversOutsideBaselineRange);
        Assert.Equal(reporting[4].PeriodStart, outside.PeriodStart);
        Assert.Equal("production", outside.Driver);
        Assert.False(report.DriversWithinBaselineRange);
    }

    [Fact]
    public void One_extrapolated_day_in_a_hundred_passes_the_range_check_and_ten_in_a_hundred_fail_it()
    {
        // Issue 16 item 6: one day of 365 outside the baseline's range used to mark a correct model "see checks".
        var middle = _model.DriverRanges.ToDictionary(r => r.Name, r => (r.Min + r.Max) / 2);
        var reporting = RegressionFitterTests.Generated(days: 100, seed: 24).Select(o => o with { Drivers = middle }).ToList();
        List<RegressionObservation> Outside(int count) => reporting
            .Select((o, i) => i < count ? o with { Drivers = new Dictionary<string, double>(o.Drivers) { ["production"] = 5000 } } : o)
            .ToList();

        var one = SavingsCalculator.Apply(_model, Outside(1), "production");
        var ten = SavingsCalculator.Apply(_model, Outside(10), "production");

        Assert.Equal(0.01, one.ShareOutsideBaselineRange, 12);
        Assert.True(one.RangeCheckPasses);
        Assert.Equal(0.10, ten.ShareOutsideBaselineRange, 12);
        Assert.False(ten.RangeCheckPasses);
        Assert.True((ten with { MaxShareOutsideRange = 0.2 }).RangeCheckPasses);
    }
}
