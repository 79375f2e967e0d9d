using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Counters;

namespace ResourceMonitor.Domain.Tests.Counters;

public sealed class RateTrackTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 29, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_gauges_rate_is_its_value()
    {
        var track = new RateTrack(ReadingKind.Gauge, CounterSpec.Unknown);

        Assert.Equal(3.5, track.Next(Start, 3.5));
    }

    [Fact]
    public void A_counters_rate_is_its_counted_use_over_the_interval_and_its_first_reading_gives_none()
    {
        var track = new RateTrack(ReadingKind.Counter, CounterSpec.For(CanonicalUnits.CubicMetre));

        Assert.Null(track.Next(Start, 1000));
        Assert.Equal(3.0, track.Next(Start.AddMinutes(20), 1001)!.Value, 9);
    }

    [Fact]
    public void A_rollover_gives_the_rate_across_the_wrap()
    {
        var track = new RateTrack(ReadingKind.Counter, CounterSpec.For(CanonicalUnits.CubicMetre, registerMax: 100_000));
        track.Next(Start, 99_999.5);

        Assert.Equal(6.0, track.Next(Start.AddMinutes(10), 0.5)!.Value, 9);
    }

    [Fact]
    public void An_implausible_jump_and_a_drop_give_no_rate_until_the_interpreter_decides()
    {
        var track = new RateTrack(ReadingKind.Counter, CounterSpec.For(CanonicalUnits.CubicMetre, maxRatePerHour: 100));
        track.Next(Start, 1000);

        Assert.Null(track.Next(Start.AddMinutes(1), 9000)); // 480,000 m3/h: held as a spike
        Assert.Equal(60.0, track.Next(Start.AddMinutes(2), 1002)!.Value, 9); // back in line: 2 m3 in 2 minutes
        Assert.Null(track.Next(Start.AddMinutes(3), 0)); // a drop: held
    }
}
