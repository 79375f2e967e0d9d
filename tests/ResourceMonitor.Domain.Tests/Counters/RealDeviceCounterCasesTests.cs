using ResourceMonitor.Domain.Counters;

namespace ResourceMonitor.Domain.Tests.Counters;

/// <summary>The counter failures of issue 12, with default settings (no declared maximum rate, no tolerance): nothing booked from a bad value.</summary>
public sealed class RealDeviceCounterCasesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    private static double Booked(string unit, params (double Seconds, double Value)[] readings)
    {
        var track = new CounterTrack(new CounterInterpreter(CounterSpec.For(unit)));
        return readings.Sum(r => track.Next(new CounterSample(T0.AddSeconds(r.Seconds), r.Value)) is { IsCounted: true } step ? step.Consumption : 0);
    }

    [Fact]
    public void An_energy_meters_transient_zero_books_only_the_real_tenth_of_a_kilowatt_hour()
    {
        // Old code: the 0 became the baseline and the recovery booked 25,567.6 kWh in one minute.
        Assert.Equal(0.1, Booked("kWh", (0, 25_567.5), (60, 0), (120, 25_567.6)), 6);
    }

    [Fact]
    public void A_wmbus_heat_meters_error_telegram_of_zeros_books_nothing_from_the_zero()
    {
        // Old code: the next good telegram was booked as +18,312 kWh.
        Assert.Equal(2, Booked("kWh", (0, 18_310), (900, 0), (1_800, 18_312)), 6);
    }

    [Fact]
    public void A_bl0942_false_overflow_jump_is_not_booked()
    {
        // Old code: the jump was booked (3,136.91 kWh) and the return counted as a reset.
        Assert.Equal(0.02, Booked("kWh", (0, 12.34), (10, 3_149.25), (20, 12.35), (30, 12.36)), 6);
    }

    [Fact]
    public void A_false_jump_that_stays_becomes_a_new_segment_and_the_jump_itself_is_never_booked()
    {
        Assert.Equal(0.02, Booked("kWh", (0, 12.34), (10, 3_149.25), (20, 3_149.26), (30, 3_149.27)), 6);
    }

    [Fact]
    public void A_camera_read_water_meter_going_back_one_digit_is_jitter_not_a_reset()
    {
        var track = new CounterTrack(new CounterInterpreter(CounterSpec.For("m3")));
        track.Next(new CounterSample(T0, 13.37));

        var back = track.Next(new CounterSample(T0.AddMinutes(1), 13.36));
        var on = track.Next(new CounterSample(T0.AddMinutes(2), 13.38));

        Assert.Equal(CounterTransition.RestartGlitch, back.Transition);
        Assert.Equal(CounterTransition.Delta, on.Transition);
        Assert.Equal(0.01, on.Consumption, 9);
    }

    [Theory]
    [InlineData("kWh", 50_000)]
    [InlineData("m3", 10_000)]
    [InlineData("kg", 1_000_000)]
    [InlineData("unit", CounterDefaults.FallbackMaxRatePerHour)]
    public void The_spike_guard_is_on_by_default_with_the_units_bound(string unit, double bound)
    {
        var spec = CounterSpec.For(unit);

        Assert.Equal(bound, spec.EffectiveMaxRatePerHour);
        Assert.Equal(CounterTransition.Spike, new CounterInterpreter(spec).Interpret(new CounterSample(T0, 0), new CounterSample(T0.AddHours(1), bound * 1.01)).Transition);
        Assert.Equal(CounterTransition.Delta, new CounterInterpreter(spec).Interpret(new CounterSample(T0, 0), new CounterSample(T0.AddHours(1), bound)).Transition);
    }
}
