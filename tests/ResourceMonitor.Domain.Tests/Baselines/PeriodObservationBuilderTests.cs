using ResourceMonitor.Domain.Baselines.Drivers;
using ResourceMonitor.Domain.Baselines.Regression;
using ResourceMonitor.Domain.Baselines.Weather;

namespace ResourceMonitor.Domain.Tests.Baselines;

public sealed class PeriodObservationBuilderTests
{
    private static readonly DateOnly Jan1 = new(2026, 1, 1);

    [Fact]
    public void Daily_values_sum_to_months_and_a_month_with_a_missing_day_is_left_out_with_the_reason()
    {
        var days = Enumerable.Range(0, 90).Select(i => Jan1.AddDays(i)).ToList(); // Jan, Feb, Mar 2026
        var consumption = days.Where(d => d != new DateOnly(2026, 2, 10)).Select(d => new DailyValue(d, 10)).ToList();
        var production = days.Select(d => new DailyValue(d, 2)).ToList();

        var built = PeriodObservationBuilder.Build(Granularity.Monthly, Jan1, new DateOnly(2026, 4, 1), consumption,
            new Dictionary<string, IReadOnlyList<DailyValue>> { ["production"] = production });

        Assert.Equal([Jan1, new DateOnly(2026, 3, 1)], built.Observations.Select(o => o.PeriodStart));
        Assert.Equal(310, built.Observations[0].Consumption);
        Assert.Equal(62, built.Observations[0].Drivers["production"]);
        var incomplete = Assert.Single(built.IncompletePeriods);
        Assert.Equal(new DateOnly(2026, 2, 1), incomplete.PeriodStart);
        Assert.Contains("1 day(s) without consumption", incomplete.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Weeks_start_on_monday_and_a_week_cut_by_the_range_is_left_out()
    {
        // 2026-01-01 is a Thursday: its week starts on Monday 2025-12-29, before the range.
        var consumption = Enumerable.Range(0, 14).Select(i => new DailyValue(Jan1.AddDays(i), 1)).ToList();

        var built = PeriodObservationBuilder.Build(Granularity.Weekly, Jan1, Jan1.AddDays(14), consumption, new Dictionary<string, IReadOnlyList<DailyValue>>());

        var week = Assert.Single(built.Observations);
        Assert.Equal(new DateOnly(2026, 1, 5), week.PeriodStart);
        Assert.Equal(7, week.Consumption);
        Assert.Equal(2, built.IncompletePeriods.Count);
    }

    [Fact]
    public void Cooling_degree_days_count_only_the_degrees_above_the_base()
    {
        var days = new[] { DailyTemperature.FromMean(Jan1, 29.5), DailyTemperature.FromMean(Jan1.AddDays(1), 16) };

        Assert.Equal([11.5, 0.0], days.Select(d => DegreeDays.Cooling(d, 18, DegreeDayMethod.DegreeHours)));
        Assert.Equal([0.0, 2.0], days.Select(d => DegreeDays.Heating(d, 18, DegreeDayMethod.DailyMean)));
    }
}
