using ResourceMonitor.Contracts;

namespace ResourceMonitor.IntegrationTests.Chaos;

/// <summary>The checker's own minute arithmetic, against minutes worked out by hand.</summary>
public sealed class ExpectedUsageTests
{
    private static readonly long T0 = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    [Fact]
    public void A_counter_interval_that_straddles_a_minute_is_shared_by_overlap()
    {
        var meter = new ChaosMeter("dyeing-01", "grid-power", ReadingKind.Counter, "kWh", 0, 1);
        var readings = new[] { (At(0), 10.0), (At(30), 11.0), (At(45), 14.0), (At(75), 18.0) };

        var minutes = ExpectedUsage.Of(readings.Select(r => (Key(meter, r.Item1), r.Item2)), [meter])[("dyeing-01", "grid-power")];

        // 10:00: 1 + 3 + (4 × 15/30) = 6 from three readings; 10:01: the other half of the last interval, one reading.
        Assert.Equal([T0, T0 + 60_000], minutes.Keys);
        Assert.Equal(new ExpectedMinute(3, 6), minutes[T0]);
        Assert.Equal(new ExpectedMinute(1, 2), minutes[T0 + 60_000]);
    }

    [Fact]
    public void A_rate_gauge_is_integrated_by_trapezoids_and_a_stock_gauge_has_no_amount()
    {
        var heat = new ChaosMeter("dyeing-01", "boiler-heat", ReadingKind.Gauge, "kW", 0, 1);
        var stock = new ChaosMeter("paper-01", "sludge-stock", ReadingKind.Gauge, "kg", 0, 1);
        var readings = new[]
        {
            (Key(heat, At(0)), 600.0), (Key(heat, At(36)), 1000.0),
            (Key(stock, At(0)), 400.0), (Key(stock, At(36)), 500.0),
        };

        var usage = ExpectedUsage.Of(readings, [heat, stock]);

        // (600 + 1000) / 2 kW × 36 s = 800 kW × 0.01 h = 8 kWh.
        Assert.Equal(8, usage[("dyeing-01", "boiler-heat")][T0].Amount!.Value, 9);
        Assert.Equal(new ExpectedMinute(2, null), usage[("paper-01", "sludge-stock")][T0]);
    }

    private static long At(int seconds) => T0 + (seconds * 1000L);

    private static ReadingKey Key(ChaosMeter meter, long ms) => new(meter.Plant, meter.Meter, ms);
}
