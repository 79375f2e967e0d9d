using ResourceMonitor.Domain.Calendar;

namespace ResourceMonitor.Domain.Tests.Calendar;

public sealed class LocalHoursTests
{
    private static readonly TimeZoneInfo Saigon = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
    private static readonly TimeZoneInfo Kolkata = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public void A_whole_hour_zone_starts_its_local_hours_on_utc_hours()
    {
        var now = new DateTimeOffset(2026, 11, 29, 10, 20, 0, TimeSpan.FromHours(7));

        var starts = LocalHours.Starting(now, now.AddHours(3), Saigon).ToList();

        Assert.Equal(
            [new DateTimeOffset(2026, 11, 29, 3, 0, 0, TimeSpan.Zero), new(2026, 11, 29, 4, 0, 0, TimeSpan.Zero), new(2026, 11, 29, 5, 0, 0, TimeSpan.Zero), new(2026, 11, 29, 6, 0, 0, TimeSpan.Zero)],
            starts);
    }

    [Fact]
    public void A_half_hour_zone_starts_its_local_hours_at_half_past_utc_hours()
    {
        var now = new DateTimeOffset(2026, 11, 29, 10, 20, 0, TimeSpan.FromHours(5.5));

        var starts = LocalHours.Starting(now, now.AddHours(2), Kolkata).ToList();

        Assert.Equal(
            [new DateTimeOffset(2026, 11, 29, 4, 30, 0, TimeSpan.Zero), new(2026, 11, 29, 5, 30, 0, TimeSpan.Zero), new(2026, 11, 29, 6, 30, 0, TimeSpan.Zero)],
            starts);
        Assert.All(starts, s => Assert.Equal(0, TimeZoneInfo.ConvertTime(s, Kolkata).Minute));
    }

    [Fact]
    public void The_hour_skipped_by_a_spring_dst_change_gets_no_start()
    {
        // Berlin, 2026-03-29: 02:00 CET becomes 03:00 CEST.
        var from = new DateTimeOffset(2026, 3, 29, 0, 30, 0, TimeSpan.FromHours(1));

        var local = LocalHours.Starting(from, from.AddHours(3), Berlin).Select(s => TimeZoneInfo.ConvertTime(s, Berlin).Hour).ToList();

        Assert.Equal([0, 1, 3, 4], local);
    }

    [Fact]
    public void The_hour_repeated_by_an_autumn_dst_change_gets_two_distinct_starts()
    {
        // Berlin, 2026-10-25: 03:00 CEST becomes 02:00 CET, so 02:00-03:00 happens twice.
        var from = new DateTimeOffset(2026, 10, 25, 1, 30, 0, TimeSpan.FromHours(2));

        var starts = LocalHours.Starting(from, from.AddHours(3), Berlin).ToList();

        Assert.Equal([1, 2, 2, 3], starts.Select(s => TimeZoneInfo.ConvertTime(s, Berlin).Hour));
        Assert.All(starts.Zip(starts.Skip(1)), pair => Assert.Equal(TimeSpan.FromHours(1), pair.Second - pair.First));
    }

    [Fact]
    public void An_instant_on_a_local_hour_start_is_its_own_start_and_the_end_is_included()
    {
        var now = new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.FromHours(7));

        var starts = LocalHours.Starting(now, now.AddHours(1), Saigon).ToList();

        Assert.Equal([now, now.AddHours(1)], starts);
    }
}
