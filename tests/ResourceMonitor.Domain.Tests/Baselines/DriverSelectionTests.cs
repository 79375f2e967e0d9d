using ResourceMonitor.Domain.Baselines.Regression;

namespace ResourceMonitor.Domain.Tests.Baselines;

public sealed class DriverSelectionTests
{
    private readonly DriverSelection _selection = new(new RegressionFitter());

    [Fact]
    public void A_nearly_constant_driver_collinear_with_the_intercept_is_left_out_and_the_model_is_fitted_without_it()
    {
        // Tropical cooling degree days: about 12 every day, as the sample park's weather gives.
        var observations = Days(60, (day, random) => ("cdd", 12 + (random.NextDouble() * 0.001)));

        var selected = _selection.Fit(observations, ["production", "cdd"], Granularity.Daily);

        Assert.True(selected.Outcome.IsFitted, selected.Outcome.Refusal?.Detail);
        Assert.Equal(["production"], selected.Drivers);
        Assert.Equal(2.0, selected.Outcome.Model!.Coefficients[1].Estimate, 1);
        var why = Assert.Single(selected.LeftOut);
        Assert.StartsWith("cdd: The drivers production, cdd are nearly collinear", why, StringComparison.Ordinal);
    }

    [Fact]
    public void A_driver_without_effect_is_left_out_with_its_p_value()
    {
        var observations = Days(60, (day, random) => ("noise", random.NextDouble() * 100));

        var selected = _selection.Fit(observations, ["production", "noise"], Granularity.Daily);

        Assert.True(selected.Outcome.IsFitted);
        Assert.Equal(["production"], selected.Drivers);
        Assert.Matches(@"^noise: not significant \(p = 0\.\d+ ≥ 0\.2\), left out of the model$", Assert.Single(selected.LeftOut));
        Assert.True(selected.Outcome.Model!.Iso50006.Passes);
    }

    [Fact]
    public void Relevant_drivers_are_all_kept()
    {
        var observations = Days(60, (day, random) => ("cdd", 5 + (day % 7) + random.NextDouble()))
            .Select(o => o with { Consumption = o.Consumption + (30 * o.Drivers["cdd"]) })
            .ToList();

        var selected = _selection.Fit(observations, ["production", "cdd"], Granularity.Daily);

        Assert.Equal(["production", "cdd"], selected.Drivers);
        Assert.Empty(selected.LeftOut);
        Assert.Equal(30.0, selected.Outcome.Model!.Coefficients[2].Estimate, 0);
    }

    [Fact]
    public void A_last_driver_that_is_not_significant_is_left_out_too_and_the_model_is_refused_as_implausible()
    {
        // Issue 16 item 3: the old selection always kept the last driver, so a model with p = 0.64 and R² 0.0006 still
        // gave a savings figure. Seen failing on the old code (it kept "noise" and returned the fitted model).
        var observations = Days(60, (day, random) => ("noise", random.NextDouble() * 100));

        var selected = _selection.Fit(observations, ["noise"], Granularity.Daily);

        Assert.False(selected.Outcome.IsFitted);
        Assert.Equal(RefusalReason.ImplausibleModel, selected.Outcome.Refusal!.Reason);
        Assert.Empty(selected.Drivers);
        Assert.Matches(@"^noise: not significant \(p = 0\.\d+ ≥ 0\.2\)", Assert.Single(selected.LeftOut));
        Assert.Contains("no baseline to measure savings against", selected.Outcome.Refusal.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_no_driver_can_cure_is_returned_as_it_is()
    {
        var observations = Days(60, (day, random) => ("cdd", random.NextDouble())).Select(o => o with { Consumption = 100 }).ToList();

        var selected = _selection.Fit(observations, ["production", "cdd"], Granularity.Daily);

        Assert.Equal(RefusalReason.ConstantVariable, selected.Outcome.Refusal!.Reason);
        Assert.Equal(["production", "cdd"], selected.Drivers);
        Assert.Empty(selected.LeftOut);
    }

    /// <summary>Daily consumption = 500 + 2 × production + noise, with production varying and one more driver.</summary>
    private static List<RegressionObservation> Days(int count, Func<int, Random, (string Name, double Value)> other)
    {
        var random = new Random(7);
        return Enumerable.Range(0, count).Select(day =>
        {
            var production = 1_000 + (random.NextDouble() * 500);
            var (name, value) = other(day, random);
            return new RegressionObservation(new DateOnly(2026, 1, 1).AddDays(day), 500 + (2 * production) + (random.NextDouble() * 20), new Dictionary<string, double> { ["production"] = production, [name] = value });
        }).ToList();
    }
}
