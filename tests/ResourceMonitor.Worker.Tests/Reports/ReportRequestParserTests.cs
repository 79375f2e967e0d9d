using ResourceMonitor.Domain.Baselines.Regression;
using ResourceMonitor.Worker.Reports;

namespace ResourceMonitor.Worker.Tests.Reports;

public sealed class ReportRequestParserTests
{
    [Fact]
    public void Without_a_baseline_period_the_same_number_of_days_just_before_the_reporting_period_is_used()
    {
        var args = new Dictionary<string, string> { ["from"] = "2026-09-01", ["to"] = "2026-10-01" };

        var request = ReportRequestParser.TryParse("dyeing", args.GetValueOrDefault, 18, TimeSpan.FromDays(366), out var error);

        Assert.Null(error);
        Assert.Equal(new ReportPeriod(new DateOnly(2026, 8, 2), new DateOnly(2026, 9, 1)), request!.Baseline);
        Assert.Equal(Granularity.Daily, request.Granularity);
        Assert.Equal(["production", "cdd"], request.Drivers);
        Assert.Equal(18, request.CddBaseCelsius);
    }

    [Theory]
    [InlineData("Dyeing!", "2026-09-01", "2026-10-01", null, "not a plant id")]
    [InlineData("dyeing", "01/09/2026", "2026-10-01", null, "'from' must be a date")]
    [InlineData("dyeing", "2026-10-01", "2026-09-01", null, "'to' must be after 'from'")]
    [InlineData("dyeing", "2026-09-01", "2026-10-01", "hourly", "'granularity' must be daily, weekly or monthly")]
    [InlineData("dyeing", "0001-01-01", "0001-01-05", null, "'from' must lie between 1970-01-01 and 2200-01-01")]
    [InlineData("dyeing", "2026-01-01", "9999-12-31", null, "'to' must lie between 1970-01-01 and 2200-01-01")]
    [InlineData("dyeing", "2025-01-01", "2026-01-03", null, "'from'..'to' spans 367 days; a report period may span at most 366 days")]
    public void Unusable_arguments_give_the_reason(string plant, string from, string to, string? granularity, string reason)
    {
        var args = new Dictionary<string, string?> { ["from"] = from, ["to"] = to, ["granularity"] = granularity };

        var request = ReportRequestParser.TryParse(plant, args.GetValueOrDefault, 18, TimeSpan.FromDays(366), out var error);

        Assert.Null(request);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
