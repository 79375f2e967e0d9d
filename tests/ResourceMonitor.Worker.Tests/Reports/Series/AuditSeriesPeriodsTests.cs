using Microsoft.Extensions.Time.Testing;
using ResourceMonitor.Worker.Reports;
using ResourceMonitor.Worker.Reports.Series;

namespace ResourceMonitor.Worker.Tests.Reports.Series;

public sealed class AuditSeriesPeriodsTests
{
    private static readonly TimeZoneInfo Saigon = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    // 2026-11-29 10:00 UTC = 17:00 local: today is 29 November, the last complete day the 28th.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Without_an_auditors_baseline_the_last_28_complete_days_are_compared_with_the_56_days_before()
    {
        var periods = AuditSeriesPeriods.At(new AuditSeriesOptions(), _time.GetUtcNow(), Saigon)!;

        Assert.Equal(new ReportPeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 29)), periods.Reporting);
        Assert.Equal(new ReportPeriod(new DateOnly(2026, 9, 6), new DateOnly(2026, 11, 1)), periods.Baseline);
        Assert.Equal(28, periods.Reporting.Days);
        Assert.Equal(56, periods.Baseline.Days);
        Assert.False(periods.Capped);
    }

    [Fact]
    public void Days_are_counted_in_the_park_time_zone_so_a_new_local_day_starts_at_17_00_utc()
    {
        _time.Advance(TimeSpan.FromHours(6.5)); // 16:30 UTC = 23:30 local, still the 29th
        var before = AuditSeriesPeriods.At(new AuditSeriesOptions(), _time.GetUtcNow(), Saigon)!;
        _time.Advance(TimeSpan.FromHours(1)); // 17:30 UTC = 00:30 local on the 30th
        var after = AuditSeriesPeriods.At(new AuditSeriesOptions(), _time.GetUtcNow(), Saigon)!;

        Assert.Equal(new DateOnly(2026, 11, 29), before.Reporting.To);
        Assert.Equal(new DateOnly(2026, 11, 30), after.Reporting.To);
    }

    [Fact]
    public void An_auditors_baseline_is_compared_with_every_day_from_its_end_up_to_yesterday()
    {
        var options = new AuditSeriesOptions { BaselineFrom = new DateOnly(2026, 6, 1), BaselineTo = new DateOnly(2026, 9, 1) };

        var periods = AuditSeriesPeriods.At(options, _time.GetUtcNow(), Saigon)!;

        Assert.Equal(new ReportPeriod(new DateOnly(2026, 6, 1), new DateOnly(2026, 9, 1)), periods.Baseline);
        Assert.Equal(new ReportPeriod(new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 29)), periods.Reporting);
        Assert.False(periods.Capped);
    }

    [Fact]
    public void A_reporting_period_longer_than_the_maximum_span_keeps_its_start_and_ends_early()
    {
        var options = new AuditSeriesOptions { BaselineFrom = new DateOnly(2026, 6, 1), BaselineTo = new DateOnly(2026, 9, 1), MaxReportingDays = 30 };

        var periods = AuditSeriesPeriods.At(options, _time.GetUtcNow(), Saigon)!;

        Assert.Equal(new ReportPeriod(new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 1)), periods.Reporting);
        Assert.True(periods.Capped);
    }

    [Fact]
    public void A_baseline_ending_today_has_an_empty_reporting_period_and_one_ending_tomorrow_gives_nothing_yet()
    {
        var endingToday = new AuditSeriesOptions { BaselineFrom = new DateOnly(2026, 10, 1), BaselineTo = new DateOnly(2026, 11, 29) };
        var endingTomorrow = new AuditSeriesOptions { BaselineFrom = new DateOnly(2026, 10, 1), BaselineTo = new DateOnly(2026, 11, 30) };

        Assert.Equal(0, AuditSeriesPeriods.At(endingToday, _time.GetUtcNow(), Saigon)!.Reporting.Days);
        Assert.Null(AuditSeriesPeriods.At(endingTomorrow, _time.GetUtcNow(), Saigon));
    }
}
