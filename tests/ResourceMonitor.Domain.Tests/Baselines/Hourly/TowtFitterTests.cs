using ResourceMonitor.Domain.Baselines.Hourly;
using ResourceMonitor.Domain.Baselines.Regression;
using Xunit.Abstractions;

namespace ResourceMonitor.Domain.Tests.Baselines.Hourly;

public sealed class TowtFitterTests(ITestOutputHelper output)
{
    private static readonly List<HourlyObservation> Baseline2026 = SyntheticPlant.Year(2026, seed: 2026);
    private static readonly List<HourlyObservation> Reporting2027 = SyntheticPlant.Year(2027, seed: 2027);

    // Fitting a year of month models takes seconds: each is fitted once for the class.
    private static readonly Lazy<HourlyModelFit> WithHolidays = new(() => new TowtFitter().Fit(Baseline2026, SyntheticPlant.Saigon, SyntheticPlant.ClosedDays(2026)).Fit!);
    private static readonly Lazy<HourlyModelFit> WithoutHolidays = new(() => new TowtFitter(new HourlyModelOptions { HolidayDriver = false }).Fit(Baseline2026, SyntheticPlant.Saigon, SyntheticPlant.ClosedDays(2026)).Fit!);

    [Fact]
    public void A_plant_with_shifts_cooling_and_holidays_is_recovered_within_ashrae_hourly_limits()
    {
        var fit = WithHolidays.Value;

        output.WriteLine($"in sample: n {fit.Observations}, p {fit.Parameters}, R² {fit.RSquared:0.0000}, CV(RMSE) {fit.CvRmsePercent:0.00} %, NMBE {fit.NmbePercent:0.000} %");
        Assert.True(fit.MeetsAshrae14);
        Assert.InRange(fit.CvRmsePercent, 2.0, 4.0); // the 3 % noise, nothing more
        Assert.InRange(fit.NmbePercent, -0.5, 0.5); // month models weigh their neighbours: not zero in sample
        var july = fit.Model.Segments[7];
        Assert.True(july.Occupied[10]);   // Monday 10:00
        Assert.False(july.Occupied[3]);   // Monday 03:00
        Assert.False(july.Occupied[154]); // Sunday 10:00

        // A Wednesday at 14:00 and 32 °C: 100 + 6 × 6; at 02:00 and 24 °C: 30.
        Assert.Equal(136, fit.Model.Predict(new DateTimeOffset(2026, 7, 15, 14, 0, 0, TimeSpan.FromHours(7)), 32)!.Value, 2.5);
        Assert.Equal(30, fit.Model.Predict(new DateTimeOffset(2026, 7, 15, 2, 0, 0, TimeSpan.FromHours(7)), 24)!.Value, 1.5);
    }

    [Fact]
    public void The_holiday_driver_predicts_next_years_tet_closure_and_improves_the_out_of_sample_fit()
    {
        var with = WithHolidays.Value;
        var without = WithoutHolidays.Value;
        var holidays2027 = SyntheticPlant.ClosedDays(2027);

        var (cvWith, nmbeWith) = OutOfSample(with.Model, holidays2027);
        var (cvWithout, nmbeWithout) = OutOfSample(without.Model, holidays2027);
        output.WriteLine($"in sample CV(RMSE): with holidays {with.CvRmsePercent:0.00} %, without {without.CvRmsePercent:0.00} %");
        output.WriteLine($"2027 out of sample: with holidays CV(RMSE) {cvWith:0.00} % NMBE {nmbeWith:0.00} %; without CV(RMSE) {cvWithout:0.00} % NMBE {nmbeWithout:0.00} %");

        // Tết 2027 begins on 6 February (a Saturday); the plant is shut at 10.
        var tetNoon = new DateTimeOffset(2027, 2, 6, 12, 0, 0, TimeSpan.FromHours(7));
        var noonTemperature = SyntheticPlant.Temperature(tetNoon.DateTime);
        Assert.Equal(10, with.Model.Predict(tetNoon, noonTemperature, holidays2027)!.Value, 1.5);
        Assert.True(without.Model.Predict(tetNoon, noonTemperature, holidays2027) > 80);
        Assert.True(cvWith < cvWithout - 3, $"with {cvWith}, without {cvWithout}");
        Assert.True(Math.Abs(nmbeWith) < Math.Abs(nmbeWithout));
        Assert.InRange(cvWith, 2.0, 4.5);
    }

    [Fact]
    public void A_single_model_serves_a_short_baseline_and_month_models_refuse_too_few_hours()
    {
        var fourWeeks = Baseline2026.Where(o => o.Start.Month == 3).Take(24 * 28).ToList();

        var single = new TowtFitter(new HourlyModelOptions { Segmentation = HourlySegmentation.Whole }).Fit(fourWeeks, SyntheticPlant.Saigon, SyntheticPlant.ClosedDays(2026));
        var tooShort = new TowtFitter().Fit(fourWeeks.Take(150).ToList(), SyntheticPlant.Saigon, SyntheticPlant.ClosedDays(2026));

        Assert.True(single.Fit!.MeetsAshrae14);
        Assert.Equal(RefusalReason.TooFewPoints, tooShort.Refusal!.Reason);
        Assert.Contains("Month 3 has 150 hours", tooShort.Refusal.Detail, StringComparison.Ordinal);
    }

    private static (double CvRmse, double Nmbe) OutOfSample(TowtModel model, IReadOnlySet<DateOnly> holidays)
    {
        var residuals = Reporting2027.Select(o => o.Consumption - model.Predict(o.Start, o.TemperatureCelsius, holidays)!.Value).ToList();
        var mean = Reporting2027.Average(o => o.Consumption);
        return (Math.Sqrt(residuals.Sum(r => r * r) / residuals.Count) / mean * 100, residuals.Sum() / (residuals.Count * mean) * 100);
    }
}
