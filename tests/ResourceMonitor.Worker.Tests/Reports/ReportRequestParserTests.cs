using ResourceMonitor.Domain.Baselines.Weather;
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
        Assert.Equal(["production", "hdd", "cdd"], request.Drivers);
        Assert.Equal(18, request.CddBaseCelsius);
    }

    [Fact]
    public void Balance_points_confidence_minimum_baseline_and_degree_day_method_are_read_from_the_request()
    {
        var args = new Dictionary<string, string>
        {
            ["from"] = "2026-09-01", ["to"] = "2026-10-01", ["hddBase"] = "15.5", ["confidence"] = "95", ["minBaselineDays"] = "120", ["degreeDays"] = "dailyMean", ["drivers"] = "hdd",
        };

        var request = ReportRequestParser.TryParse("dyeing", args.GetValueOrDefault, new ReportsOptions(), out var error)!;

        Assert.Null(error);
        Assert.Equal(15.5, request.HddBaseCelsius);
        Assert.Null(request.CddBaseCelsius); // searched
        Assert.Equal(95, request.ConfidencePercent);
        Assert.Equal(120, request.Rules.MinBaselineDays);
        Assert.Equal(0.9, request.Rules.MinShareOfDays);
        Assert.Equal(DegreeDayMethod.DailyMean, request.DegreeDayMethod);
        Assert.Equal(["hdd"], request.Drivers);
    }

    [Theory]
    [InlineData("confidence", "99", "'confidence' must be 68, 80, 90 or 95")]
    [InlineData("minBaselineDays", "0", "'minBaselineDays' must be a whole number")]
    [InlineData("hddBase", "warm", "'hddBase' must be a temperature")]
    [InlineData("degreeDays", "hourly", "'degreeDays' must be degreeHours or dailyMean")]
    public void Bad_model_arguments_are_refused_with_the_reason(string name, string value, string expected)
    {
        var args = new Dictionary<string, string> { ["from"] = "2026-09-01", ["to"] = "2026-10-01", [name] = value };

        Assert.Null(ReportRequestParser.TryParse("dyeing", args.GetValueOrDefault, new ReportsOptions(), out var error));
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
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
