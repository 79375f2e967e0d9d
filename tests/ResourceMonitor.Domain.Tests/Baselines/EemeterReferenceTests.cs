using System.Diagnostics;
using ResourceMonitor.Domain.Baselines.Drivers;
using ResourceMonitor.Domain.Baselines.Regression;
using ResourceMonitor.Domain.Baselines.Savings;
using ResourceMonitor.Domain.Baselines.Weather;
using Xunit.Abstractions;

namespace ResourceMonitor.Domain.Tests.Baselines;

/// <summary>
/// The weather model search, savings and savings uncertainty against eemeter 2.9.2's published results on its Illinois
/// sample (testdata/eemeter/README.md names every figure's source). Tolerances: coefficients and adjusted R² to 1e-9
/// relative (both are double-precision least squares); savings and the FSU band to the cent eemeter's tests round to.
/// </summary>
public sealed class EemeterReferenceTests(ITestOutputHelper output)
{
    private const double F = 9.0 / 5.0; // kWh per °C·d = F × kWh per °F·d

    [Fact]
    public void The_CalTRACK_search_chooses_eemeters_model_with_its_balance_points_coefficients_and_adjusted_R2()
    {
        var watch = Stopwatch.StartNew();
        var choice = Search(new WeatherSearchOptions { MaxSlopePValue = 1 });
        output.WriteLine($"grid search ({choice.Candidates.Sum(c => c.Tried)} candidates): {watch.ElapsedMilliseconds} ms");

        Assert.Equal(WeatherModelForm.HeatingAndCooling, choice.Form);
        Assert.Equal(EemeterSample.FahrenheitToCelsius(53), choice.HeatingBase!.Value, 12);
        Assert.Equal(EemeterSample.FahrenheitToCelsius(68), choice.CoolingBase!.Value, 12);
        var model = choice.Selected.Outcome.Model!;
        Assert.Equal(365, model.Observations);
        Close(13.472385591795213, model.Coefficients[0].Estimate);
        Close(1.1122947857443488 * F, Coefficient(model, "hdd"));
        Close(2.516255026490126 * F, Coefficient(model, "cdd"));
        Close(0.7684732992831353, model.AdjustedRSquared);
        // eemeter's rmse_adj divides by n − 2 (slopes only); ours by n − 3.
        Close(7.25178539977947, model.Rmse * Math.Sqrt((365.0 - 3) / (365 - 2)));
        Assert.Equal(-0.014795668094989898, ResidualAutocorrelation.LagOne(Residuals(model)), 12);
    }

    [Fact]
    public void CalTRACKs_slope_significance_rule_keeps_the_same_model()
    {
        var choice = Search(WeatherSearchOptions.Default);

        Assert.Equal(WeatherModelForm.HeatingAndCooling, choice.Form);
        Assert.Equal(EemeterSample.FahrenheitToCelsius(53), choice.HeatingBase!.Value, 12);
        Assert.Equal(EemeterSample.FahrenheitToCelsius(68), choice.CoolingBase!.Value, 12);
        var heating = choice.Candidates.Single(c => c.Form == WeatherModelForm.Heating);
        Assert.Equal(61, heating.Tried);
        Assert.Equal(heating.Tried, heating.Qualified + heating.Rejected.Values.Sum());
        // Above about 85 °F almost no daily mean is warmer: too few degree days to try (CalTRACK's 10 days, 20 °F·d).
        var cooling = choice.Candidates.Single(c => c.Form == WeatherModelForm.Cooling);
        Assert.True(cooling.Rejected.GetValueOrDefault("tooFewDegreeDays") > 0, string.Join(", ", cooling.Rejected));
        Assert.Equal(61 * 62 / 2, choice.Candidates.Single(c => c.Form == WeatherModelForm.HeatingAndCooling).Tried);
    }

    [Fact]
    public void Metered_savings_and_eemeters_FSU_band_at_90_percent_are_reproduced()
    {
        var choice = Search(new WeatherSearchOptions { MaxSlopePValue = 1 });
        var model = choice.Selected.Outcome.Model!;
        var reporting = EemeterReporting();
        var observations = WeatherObservations.Build(reporting, choice.HeatingBase, choice.CoolingBase).Observations;
        var savings = SavingsCalculator.Apply(model, observations, null);

        Assert.Equal(59, savings.Points.Count); // the 60th day has one hour of temperature: dropped, as in eemeter
        Assert.Equal(1571.28, Math.Round(savings.TotalSavings, 2));

        // eemeter's conventions: slopes-only parameter count, energy = total baseline consumption.
        const int n = 365;
        var rmse = model.Rmse * Math.Sqrt((n - 3.0) / (n - 2));
        var eemeterInputs = new UncertaintyInputs(
            SavingsUncertaintyCalculator.TValue(90, n - 2),
            rmse / model.MeanConsumption,
            n,
            ResidualAutocorrelation.LagOne(Residuals(model)),
            59,
            model.MeanConsumption * n,
            UncertaintyCorrection.For(Granularity.Daily, 59));
        Assert.Equal(601.52, Math.Round(eemeterInputs.Uncertainty(), 2));

        var ours = SavingsUncertaintyCalculator.For(model, savings, 90)!;
        output.WriteLine($"savings {savings.TotalSavings:F2}; eemeter FSU band ±{eemeterInputs.Uncertainty():F2}; Guideline 14 (ours) ±{ours.Uncertainty:F2} (FSU {ours.FractionalUncertaintyPercent:F1} %, ρ {ours.LagOneAutocorrelation:F4}, n′ {ours.EffectivePoints:F1}, t {ours.TValue:F4})");
        Assert.True(ours.SavingsExceedUncertainty);
        Assert.InRange(ours.Uncertainty, 0, eemeterInputs.Uncertainty()); // energy over 59 days, not 365
    }

    [Fact]
    public void A_heating_only_gas_meter_gets_a_heating_model_near_its_simulated_balance_point()
    {
        var inputs = BaselineInputs("il-gas-hdd-only-daily.csv.gz");

        var choice = new WeatherModelSearch(new RegressionFitter()).Fit(inputs);

        Assert.Equal(WeatherModelForm.Heating, choice.Form);
        Assert.InRange(choice.HeatingBase!.Value, EemeterSample.FahrenheitToCelsius(55), EemeterSample.FahrenheitToCelsius(65)); // simulated at 60 °F
        Assert.True(Coefficient(choice.Selected.Outcome.Model!, "hdd") > 0);
        output.WriteLine($"gas: HDD base {choice.HeatingBase:F2} °C, adj R² {choice.Selected.Outcome.Model!.AdjustedRSquared:F4}");
    }

    private static WeatherModelChoice Search(WeatherSearchOptions options) =>
        new WeatherModelSearch(new RegressionFitter(), options).Fit(BaselineInputs("il-electricity-cdd-hdd-daily.csv.gz"));

    private static WeatherModelInputs BaselineInputs(string file) => new()
    {
        Granularity = Granularity.Daily,
        From = new DateOnly(2016, 12, 26).AddDays(-365), // max_days=365 before the blackout: 2015-12-27
        To = new DateOnly(2016, 12, 26), // eemeter blanks the last baseline row (the blackout day)
        Consumption = EemeterSample.Usage(file),
        OtherDrivers = new Dictionary<string, IReadOnlyList<DailyValue>>(),
        Temperatures = EemeterSample.Temperatures(),
        Heating = true,
        Cooling = true,
        Method = DegreeDayMethod.DailyMean,
    };

    /// <summary>eemeter's test reporting period: 60 UTC days from 2011-01-01 using 1 kWh each, day i at (30 + i) °F all day.</summary>
    private static WeatherModelInputs EemeterReporting()
    {
        var from = new DateOnly(2011, 1, 1);
        var days = Enumerable.Range(0, 60).Select(from.AddDays).ToList();
        return new WeatherModelInputs
        {
            Granularity = Granularity.Daily,
            From = from,
            To = from.AddDays(60),
            Consumption = days.Select(d => new DailyValue(d, 1)).ToList(),
            OtherDrivers = new Dictionary<string, IReadOnlyList<DailyValue>>(),
            // pandas' asfreq("H").ffill() of the daily series: 24 hours a day, the last day only its midnight.
            Temperatures = days.Select((d, i) => new DailyTemperature(d, Enumerable.Repeat(EemeterSample.FahrenheitToCelsius(30 + i), i == 59 ? 1 : 24).ToList())).ToList(),
            Heating = true,
            Cooling = true,
            Method = DegreeDayMethod.DailyMean,
        };
    }

    private static double Coefficient(RegressionModel model, string name) => model.Coefficients.Single(c => c.Name == name).Estimate;

    private static List<double> Residuals(RegressionModel model) => model.Fitted.Select(f => f.Actual - f.Fitted).ToList();

    private static void Close(double expected, double actual) =>
        Assert.True(Math.Abs(actual - expected) <= 1e-9 * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");
}
