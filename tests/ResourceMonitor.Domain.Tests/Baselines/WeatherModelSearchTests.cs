using ResourceMonitor.Domain.Baselines.Drivers;
using ResourceMonitor.Domain.Baselines.Regression;
using ResourceMonitor.Domain.Baselines.Weather;

namespace ResourceMonitor.Domain.Tests.Baselines;

public sealed class WeatherModelSearchTests
{
    private static readonly DateOnly Start = new(2025, 1, 1);

    [Fact]
    public void A_heating_load_gets_a_heating_degree_day_model_with_a_positive_slope_near_its_balance_point()
    {
        // Issue 16 item 2: a heating load used to get the fixed CDD model (β_CDD < 0). Gas = 200 + 6 × HDD(15 °C) + noise.
        var inputs = Year((mean, random) => 200 + (6 * Math.Max(0, 15 - mean)) + (random.NextDouble() * 10));

        var choice = new WeatherModelSearch(new RegressionFitter()).Fit(inputs);

        Assert.Equal(WeatherModelForm.Heating, choice.Form);
        Assert.InRange(choice.HeatingBase!.Value, 14, 16);
        var hdd = choice.Selected.Outcome.Model!.Coefficients.Single(c => c.Name == DegreeDays.HeatingDriver);
        Assert.InRange(hdd.Estimate, 5.5, 6.5);
        Assert.Equal(["hdd"], choice.Selected.Drivers);
        Assert.True(choice.Candidates.Single(c => c.Form == WeatherModelForm.Cooling).Rejected.GetValueOrDefault("nonPositiveSlope") > 0);
    }

    [Fact]
    public void A_candidate_with_a_negative_degree_day_slope_is_never_chosen()
    {
        var inputs = Year((mean, random) => 200 + (6 * Math.Max(0, 15 - mean)) + (random.NextDouble() * 10)) with { Heating = false };

        var choice = new WeatherModelSearch(new RegressionFitter()).Fit(inputs);

        // Only cooling was allowed: every cooling slope is negative, so no weather term is kept and nothing explains use.
        Assert.Equal(WeatherModelForm.InterceptOnly, choice.Form);
        Assert.Equal(RefusalReason.ImplausibleModel, choice.Selected.Outcome.Refusal!.Reason);
        Assert.Contains("cooling: 0 of 61 qualified", choice.Selected.Outcome.Refusal.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Heating_and_cooling_together_find_both_balance_points()
    {
        var inputs = Year((mean, random) => 100 + (4 * Math.Max(0, 12 - mean)) + (8 * Math.Max(0, mean - 22)) + (random.NextDouble() * 5));

        var choice = new WeatherModelSearch(new RegressionFitter()).Fit(inputs);

        Assert.Equal(WeatherModelForm.HeatingAndCooling, choice.Form);
        Assert.InRange(choice.HeatingBase!.Value, 11, 13);
        Assert.InRange(choice.CoolingBase!.Value, 21, 23);
        Assert.True(choice.HeatingBase <= choice.CoolingBase);
    }

    [Fact]
    public void Production_stays_a_driver_beside_the_weather_term()
    {
        var production = new Dictionary<DateOnly, double>();
        var inputs = Year((mean, random) => 50 + (6 * Math.Max(0, 15 - mean)) + (random.NextDouble() * 5), production);

        var choice = new WeatherModelSearch(new RegressionFitter()).Fit(inputs with
        {
            OtherDrivers = new Dictionary<string, IReadOnlyList<DailyValue>> { ["production"] = production.Select(p => new DailyValue(p.Key, p.Value)).ToList() },
        });

        Assert.Equal(["production", "hdd"], choice.Selected.Drivers);
        Assert.Equal(2.0, choice.Selected.Outcome.Model!.Coefficients[1].Estimate, 1);
    }

    [Fact]
    public void A_named_balance_point_is_the_only_one_tried()
    {
        var inputs = Year((mean, random) => 200 + (6 * Math.Max(0, 15 - mean)) + (random.NextDouble() * 10)) with
        {
            Cooling = false,
            HeatingBases = BalancePointGrid.For(18),
        };

        var choice = new WeatherModelSearch(new RegressionFitter()).Fit(inputs);

        Assert.Equal(18, choice.HeatingBase);
        Assert.Equal(1, Assert.Single(choice.Candidates).Tried);
    }

    [Fact]
    public void Degree_hours_see_a_cold_night_the_daily_mean_hides()
    {
        var day = new DailyTemperature(Start, [.. Enumerable.Range(0, 24).Select(h => h < 12 ? 8.0 : 28.0)]);

        Assert.Equal(0, DegreeDays.Heating(day, 15, DegreeDayMethod.DailyMean)); // mean 18 °C
        Assert.Equal(3.5, DegreeDays.Heating(day, 15, DegreeDayMethod.DegreeHours), 12); // half the day 7 °C below
        Assert.Equal(6.5, DegreeDays.Cooling(day, 15, DegreeDayMethod.DegreeHours), 12);
        Assert.Equal(3, DegreeDays.Cooling(day, 15, DegreeDayMethod.DailyMean), 12);
    }

    [Fact]
    public void CalTRACKs_grid_runs_from_30_to_90_degrees_Fahrenheit()
    {
        Assert.Equal(61, BalancePointGrid.CalTrack.Count);
        Assert.Equal(-10.0 / 9, BalancePointGrid.CalTrack[0], 12);
        Assert.Equal(290.0 / 9, BalancePointGrid.CalTrack[^1], 12);
    }

    /// <summary>A year of days in a temperate climate (mean 14 ± 12 °C over the seasons, ± 3 °C within a day).</summary>
    private static WeatherModelInputs Year(Func<double, Random, double> consumption, Dictionary<DateOnly, double>? production = null)
    {
        var random = new Random(16);
        var days = Enumerable.Range(0, 365).Select(Start.AddDays).ToList();
        var temperatures = days.Select(d => new DailyTemperature(d, [.. Enumerable.Range(0, 24).Select(h =>
            14 - (12 * Math.Cos(2 * Math.PI * d.DayOfYear / 365.0)) + (3 * Math.Sin(2 * Math.PI * h / 24)) + (random.NextDouble() * 2))])).ToList();
        var use = temperatures.Select(t =>
        {
            var value = consumption(t.Mean, random);
            if (production is not null)
            {
                production[t.Day] = 100 + (random.NextDouble() * 50);
                value += 2 * production[t.Day];
            }

            return new DailyValue(t.Day, value);
        }).ToList();
        return new WeatherModelInputs
        {
            Granularity = Granularity.Daily,
            From = Start,
            To = Start.AddDays(365),
            Consumption = use,
            OtherDrivers = new Dictionary<string, IReadOnlyList<DailyValue>>(),
            Temperatures = temperatures,
            Heating = true,
            Cooling = true,
            Method = DegreeDayMethod.DailyMean,
        };
    }
}
