using ResourceMonitor.Domain.Baselines.Drivers;
using ResourceMonitor.Domain.Baselines.Regression;
using ResourceMonitor.Domain.Baselines.Sufficiency;
using ResourceMonitor.Domain.Baselines.Weather;

namespace ResourceMonitor.Domain.Tests.Baselines;

public sealed class BaselineSufficiencyTests
{
    private static readonly DateOnly From = new(2025, 1, 1);

    [Fact]
    public void A_full_year_of_complete_days_is_sufficient()
    {
        var report = BaselineSufficiency.Check(Inputs(365), new HashSet<DateOnly>(), SufficiencyRules.Default);

        Assert.True(report.Passes, string.Join(" ", report.Failures));
        Assert.Equal(365, report.CompleteDays);
    }

    [Fact]
    public void A_baseline_shorter_than_365_days_is_refused_with_the_rule_and_how_to_change_it()
    {
        // Issue 16 item 4: the default baseline was as long as the reporting period (e.g. 30 days).
        var report = BaselineSufficiency.Check(Inputs(92), new HashSet<DateOnly>(), SufficiencyRules.Default);

        var failure = Assert.Single(report.Failures);
        Assert.StartsWith("The baseline period has 92 days; at least 365 are required", failure, StringComparison.Ordinal);
        Assert.Contains("minBaselineDays", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Partial_days_and_days_without_weather_count_against_the_90_percent_rule()
    {
        var inputs = Inputs(365);
        var partial = Enumerable.Range(0, 30).Select(i => From.AddDays(i)).ToHashSet();
        inputs = inputs with
        {
            Consumption = inputs.Consumption.Where(d => !partial.Contains(d.Day)).ToList(),
            Temperatures = inputs.Temperatures.Select(t => t.Day >= From.AddDays(100) && t.Day < From.AddDays(110) ? t with { Hourly = [20.0, 21.0] } : t).ToList(),
        };

        var report = BaselineSufficiency.Check(inputs, partial, SufficiencyRules.Default);

        Assert.Equal(325, report.CompleteDays);
        Assert.Equal(30, report.PartialDays);
        Assert.Equal(10, report.DaysWithoutWeather);
        var failure = Assert.Single(report.Failures);
        Assert.StartsWith("325 of 365 baseline days (89", failure, StringComparison.Ordinal);
        Assert.Contains("30 partial day(s)", failure, StringComparison.Ordinal);
        Assert.Contains("10 day(s) without sufficient weather", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rules_are_configurable()
    {
        var report = BaselineSufficiency.Check(Inputs(92), new HashSet<DateOnly>(), new SufficiencyRules { MinBaselineDays = 90 });

        Assert.True(report.Passes);
    }

    private static WeatherModelInputs Inputs(int days)
    {
        var all = Enumerable.Range(0, days).Select(From.AddDays).ToList();
        return new WeatherModelInputs
        {
            Granularity = Granularity.Daily,
            From = From,
            To = From.AddDays(days),
            Consumption = all.Select(d => new DailyValue(d, 10)).ToList(),
            OtherDrivers = new Dictionary<string, IReadOnlyList<DailyValue>>(),
            Temperatures = all.Select(d => new DailyTemperature(d, [.. Enumerable.Repeat(20.0, 24)])).ToList(),
            Heating = true,
        };
    }
}
