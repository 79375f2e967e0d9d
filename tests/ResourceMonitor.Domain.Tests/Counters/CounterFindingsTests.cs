using ResourceMonitor.Domain.Counters;

namespace ResourceMonitor.Domain.Tests.Counters;

/// <summary>Issue 12 item 4: what the property test and the real cases found, each as a fixed sequence.</summary>
public sealed class CounterFindingsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    private static (double Booked, List<CounterStep> Steps) Run(CounterSpec spec, params (double Seconds, double Value)[] readings)
    {
        var track = new CounterTrack(new CounterInterpreter(spec));
        var steps = readings.Select(r => track.Next(new CounterSample(T0.AddSeconds(r.Seconds), r.Value))).ToList();
        return (steps.Where(s => s.IsCounted).Sum(s => s.Consumption), steps);
    }

    [Fact]
    public void A_zero_inside_a_held_replacement_does_not_book_the_replacements_register()
    {
        // Seed 6Bnzo1t32tB1: 422.52, a replacement reads 89.94 twice, a transient zero, then the replacement goes on to 363.12.
        // Old rule: the value continued the zero's candidate first and booked 363.12 from it (89.94 too much).
        var (booked, steps) = Run(new CounterSpec(100_000, 6_000, 0.5), (0, 422.52), (75, 89.94), (325, 89.94), (389, 0), (623, 363.12), (918, 363.12));

        Assert.Equal(CounterTransition.Reset, steps[4].Transition);
        Assert.Equal(363.12 - 89.94, booked, 6);
    }

    [Fact]
    public void A_run_of_three_zero_error_telegrams_confirms_a_reset_but_the_recovery_voids_it()
    {
        // A wM-Bus heat meter sending hourly: three error telegrams of zeros confirm a "reset"; the next good telegram is
        // 18,312 kWh, 2 above the last good one. Old rule: booked from the zero, 18,312 kWh (within 50 MW over an hour).
        var (booked, steps) = Run(CounterSpec.For("kWh"), (0, 18_310), (3_600, 0), (7_200, 0), (10_800, 0), (14_400, 18_312), (18_000, 18_313));

        Assert.Equal(CounterTransition.Reset, steps[3].Transition);
        Assert.Equal(CounterTransition.Delta, steps[4].Transition);
        Assert.Equal(3, booked, 6);
    }

    [Fact]
    public void A_real_reset_followed_by_use_is_still_counted_from_its_new_segment()
    {
        var (booked, steps) = Run(CounterSpec.For("kWh"), (0, 18_310), (3_600, 0), (7_200, 5), (10_800, 10), (14_400, 15), (18_000, 20));

        Assert.Equal(CounterTransition.Reset, steps[3].Transition);
        Assert.Equal(20, booked, 6);
    }

    [Fact]
    public void Values_the_device_flagged_are_never_counted_and_never_confirm_a_reset()
    {
        var track = new CounterTrack(new CounterInterpreter(CounterSpec.For("kWh")));
        track.Next(new CounterSample(T0, 18_310));

        var flagged = Enumerable.Range(1, 5).Select(i => track.Flag(new CounterSample(T0.AddHours(i), 0), "status ERROR")).ToList();
        var good = track.Next(new CounterSample(T0.AddHours(6), 18_312));

        Assert.All(flagged, s => Assert.Equal(CounterTransition.Flagged, s.Transition));
        Assert.All(flagged, s => Assert.True(s.IsSuspect && !s.IsCounted));
        Assert.Equal(CounterTransition.Delta, good.Transition);
        Assert.Equal(2, good.Consumption, 6);
    }

    [Fact]
    public void A_flagged_value_that_continues_the_register_is_not_booked_either()
    {
        var track = new CounterTrack(new CounterInterpreter(CounterSpec.For("m3")));
        track.Next(new CounterSample(T0, 100));

        var flagged = track.Flag(new CounterSample(T0.AddMinutes(15), 100.5), "LEAK");
        var redelivered = track.Flag(new CounterSample(T0.AddMinutes(15), 100.5), "LEAK");
        var good = track.Next(new CounterSample(T0.AddMinutes(30), 101));

        Assert.Equal(0, flagged.Consumption);
        Assert.Equal(CounterTransition.Duplicate, redelivered.Transition);
        Assert.Equal(1, good.Consumption, 9);
    }
}
