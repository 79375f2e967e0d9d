using ResourceMonitor.Domain.Baselines.Profiles;

namespace ResourceMonitor.Domain.Tests.Baselines;

public sealed class HourOfWeekProfileBuilderTests
{
    private static readonly TimeZoneInfo Saigon = TimeZoneInfo.CreateCustomTimeZone("UTC+7", TimeSpan.FromHours(7), "UTC+7", "UTC+7");

    [Fact]
    public void Each_hour_of_the_week_gets_the_median_and_p10_p90_of_its_weeks_in_local_time()
    {
        // Monday 2026-11-02 00:00 local = Sunday 17:00 UTC. Ten weeks; Monday 03:00 local reads 1..10, one week a leak of 100.
        var mondayMidnightLocal = new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.FromHours(7));
        var values = Enumerable.Range(0, 10)
            .Select(w => new HourlyValue(mondayMidnightLocal.AddDays(7 * w).AddHours(3).ToUniversalTime(), w == 9 ? 100 : w + 1))
            .ToList();

        var profile = HourOfWeekProfileBuilder.Build("water-intake", Saigon, values, minimumWeeks: 4);

        var band = profile.Bands[3]!;
        Assert.Equal(10, band.Samples);
        Assert.InRange(band.Median, 5, 6);
        Assert.True(band.P10 < band.Median && band.Median < band.P90);
        Assert.Same(band, profile.BandAt(mondayMidnightLocal.AddDays(70).AddHours(3).AddMinutes(20)));
        Assert.Null(profile.Bands[4]);
    }

    [Fact]
    public void An_hour_with_fewer_weeks_than_required_has_no_band()
    {
        var start = new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(7));
        var values = Enumerable.Range(0, 3).Select(w => new HourlyValue(start.AddDays(7 * w), 5)).ToList();

        var profile = HourOfWeekProfileBuilder.Build("m", Saigon, values, minimumWeeks: 4);

        Assert.All(profile.Bands, Assert.Null);
    }
}
