using ResourceMonitor.Domain.Baselines.Profiles;
using ResourceMonitor.Worker.Baselines;

namespace ResourceMonitor.Worker.Tests.Baselines;

public sealed class BaselineBandScheduleTests
{
    private static readonly TimeZoneInfo Saigon = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
    private static readonly TimeZoneInfo Kolkata = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");
    private static readonly MeterKey Water = new("hiep-phuoc", "food-01", "city-water");

    [Fact]
    public void Every_local_hour_from_the_current_one_through_the_horizon_gets_its_hour_of_the_weeks_band()
    {
        // Sunday 2026-11-29 10:20 local: hour of the week 6 * 24 + 10 = 154.
        var now = new DateTimeOffset(2026, 11, 29, 10, 20, 0, TimeSpan.FromHours(7));

        var bands = BaselineBandSchedule.For([Meter(Water, Saigon)], now, TimeSpan.FromHours(24), Saigon).ToList();

        Assert.Equal(25, bands.Count);
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.FromHours(7)), bands[0].Start);
        Assert.Equal(154, bands[0].Band.Median);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(7)), bands[^1].Start);
        Assert.Equal(10, bands[^1].Band.Median); // Monday 10:00: the week wrapped round
        Assert.Equal(167, bands.Single(b => b.Start == new DateTimeOffset(2026, 11, 29, 23, 0, 0, TimeSpan.FromHours(7))).Band.Median);
        Assert.All(bands, b => Assert.Equal(("water", "m3/h", Water), (b.Resource, b.Unit, b.Meter)));
    }

    [Fact]
    public void Hours_without_a_band_get_no_point()
    {
        var now = new DateTimeOffset(2026, 11, 29, 10, 20, 0, TimeSpan.FromHours(7));
        var bands = Enumerable.Range(0, HourOfWeek.Count).Select(h => h % 2 == 0 ? new ProfileBand(1, 2, 3, 4) : null).ToList();
        var meter = new BandMeter(Water, "water", "m3/h", new HourOfWeekProfile(Water.Meter, Saigon, bands));

        var points = BaselineBandSchedule.For([meter], now, TimeSpan.FromHours(5), Saigon).ToList();

        Assert.Equal([10, 12, 14], points.Select(p => TimeZoneInfo.ConvertTime(p.Start, Saigon).Hour));
    }

    [Fact]
    public void In_a_half_hour_zone_each_point_is_at_its_local_hour_start_not_a_utc_hour()
    {
        var now = new DateTimeOffset(2026, 11, 30, 10, 20, 0, TimeSpan.FromHours(5.5)); // Monday

        var bands = BaselineBandSchedule.For([Meter(Water, Kolkata)], now, TimeSpan.FromHours(2), Kolkata).ToList();

        Assert.Equal([new DateTimeOffset(2026, 11, 30, 4, 30, 0, TimeSpan.Zero), new(2026, 11, 30, 5, 30, 0, TimeSpan.Zero), new(2026, 11, 30, 6, 30, 0, TimeSpan.Zero)], bands.Select(b => b.Start));
        Assert.Equal([10.0, 11.0, 12.0], bands.Select(b => b.Band.Median));
    }

    [Fact]
    public void Each_meter_gets_its_own_points()
    {
        var now = new DateTimeOffset(2026, 11, 29, 10, 20, 0, TimeSpan.FromHours(7));
        var power = new MeterKey("hiep-phuoc", "food-01", "grid-power");

        var bands = BaselineBandSchedule.For([Meter(Water, Saigon), Meter(power, Saigon)], now, TimeSpan.FromHours(1), Saigon).ToList();

        Assert.Equal(2, bands.Count(b => b.Meter == Water));
        Assert.Equal(2, bands.Count(b => b.Meter == power));
    }

    /// <summary>A profile whose median is its hour of the week, so a test can tell which hour a point got.</summary>
    private static BandMeter Meter(MeterKey key, TimeZoneInfo zone) =>
        new(key, "water", "m3/h", new HourOfWeekProfile(key.Meter, zone, Enumerable.Range(0, HourOfWeek.Count).Select(h => (ProfileBand?)new ProfileBand(h - 1, h, h + 1, 8)).ToList()));
}
