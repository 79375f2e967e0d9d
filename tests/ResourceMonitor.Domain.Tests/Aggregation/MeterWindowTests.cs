using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Aggregation;
using ResourceMonitor.Domain.Counters;

namespace ResourceMonitor.Domain.Tests.Aggregation;

public sealed class MeterWindowTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);
    private static readonly MeterSeries Energy = new(ReadingKind.Counter, "kWh", new CounterSpec(RegisterMax: 100_000));
    private static readonly MeterSeries Flow = new(ReadingKind.Gauge, "m3/h", CounterSpec.Unknown);

    private static MeterWindow Window(MeterSeries series) => new(series, TimeSpan.FromMinutes(5), T0);

    [Fact]
    public void Counter_deltas_are_spread_over_the_minutes_their_intervals_cover()
    {
        var window = Window(Energy);
        window.Add(T0.AddSeconds(30), 100);
        window.Add(T0.AddSeconds(90), 160);

        var usage = window.Compute();

        Assert.Equal([30.0, 30.0], usage.Select(u => u.Amount!.Value));
        Assert.Equal([1, 1], usage.Select(u => u.Count));
        Assert.Equal(3600.0, usage[1].MeanRate!.Value, precision: 6);
        Assert.Equal(0.5, usage[0].Coverage, precision: 6);
    }

    [Fact]
    public void Counter_reset_is_marked_not_counted_as_negative_use()
    {
        var window = Window(Energy);
        window.Add(T0.AddSeconds(10), 5000);
        window.Add(T0.AddSeconds(20), 5010);
        window.Add(T0.AddSeconds(30), 3);
        window.Add(T0.AddSeconds(40), 8);
        window.Add(T0.AddSeconds(50), 12);

        var minute = Assert.Single(window.Compute());

        // 5000→5010: 10; the drop to 3 is held until 8 and 12 confirm it; the new segment 3→12 counts 9.
        Assert.Equal(19.0, minute.Amount!.Value, precision: 9);
        Assert.True(minute.Flags.HasFlag(UsageFlags.Reset));
        Assert.True(minute.Flags.HasFlag(UsageFlags.Held));
    }

    [Fact]
    public void A_transient_zero_never_becomes_the_anchor_of_closed_minutes()
    {
        var window = Window(Energy);
        window.Add(T0.AddSeconds(10), 25_567.5);
        window.Add(T0.AddSeconds(50), 0);
        window.Close(T0.AddMinutes(1));
        window.Add(T0.AddMinutes(61), 25_567.6);

        Assert.All(window.Compute(), m => Assert.True((m.Amount ?? 0) <= 0.1 + 1e-9, $"{m.Minute}: {m.Amount}"));
    }

    [Fact]
    public void A_rollover_at_the_register_maximum_counts_the_distance_across_the_wrap()
    {
        var window = Window(Energy);
        window.Add(T0.AddSeconds(10), 99_990);
        window.Add(T0.AddSeconds(20), 5);

        var minute = Assert.Single(window.Compute());

        Assert.Equal(15.0, minute.Amount!.Value, precision: 6);
        Assert.True(minute.Flags.HasFlag(UsageFlags.Rollover));
    }

    [Fact]
    public void A_repeated_reading_is_taken_once()
    {
        var window = Window(Energy);
        Assert.True(window.Add(T0.AddSeconds(10), 100));
        Assert.True(window.Add(T0.AddSeconds(20), 110));
        Assert.False(window.Add(T0.AddSeconds(20), 110));

        Assert.Equal(10.0, Assert.Single(window.Compute()).Amount!.Value, precision: 9);
    }

    [Fact]
    public void A_rate_gauge_is_integrated_over_time()
    {
        var window = Window(Flow);
        window.Add(T0, 60);
        window.Add(T0.AddSeconds(30), 60);
        window.Add(T0.AddSeconds(60), 120);

        var first = window.Compute()[0];

        Assert.Equal(0.5 + 0.75, first.Amount!.Value, precision: 9);
        Assert.Equal((60.0, 60.0), (first.MinRate!.Value, first.MaxRate!.Value));
        Assert.Equal(1.0, first.Coverage, precision: 9);
    }

    [Fact]
    public void A_gap_longer_than_the_limit_is_flagged_and_not_covered()
    {
        var window = Window(Flow);
        window.Add(T0, 60);
        window.Add(T0.AddMinutes(10), 60);

        var last = window.Compute()[^1];

        Assert.True(last.Flags.HasFlag(UsageFlags.Gap));
        Assert.Equal(0, last.Coverage);
    }

    [Fact]
    public void A_late_reading_within_the_open_minutes_updates_its_minute()
    {
        var window = Window(Energy);
        window.Add(T0.AddSeconds(0), 0);
        window.Add(T0.AddSeconds(120), 120);
        Assert.Equal([T0, T0.AddMinutes(1), T0.AddMinutes(2)], window.TakeChanged().Select(u => u.Minute));

        window.Add(T0.AddSeconds(60), 100);
        var changed = window.TakeChanged();

        Assert.Equal([100.0, 20.0], changed.Where(u => u.Amount > 0).Select(u => u.Amount!.Value));
    }

    [Fact]
    public void Closing_minutes_keeps_the_last_reading_as_the_start_of_the_next_interval()
    {
        var window = Window(Energy);
        window.Add(T0.AddSeconds(30), 100);
        window.Add(T0.AddSeconds(50), 120);
        window.Close(T0.AddMinutes(1));
        window.Add(T0.AddSeconds(70), 140);

        var minute = Assert.Single(window.Compute());

        Assert.Equal(T0.AddMinutes(1), minute.Minute);
        Assert.Equal(10.0, minute.Amount!.Value, precision: 9);
        Assert.False(window.Add(T0.AddSeconds(40), 110));
    }
}
