using ResourceMonitor.Domain.Counters;

namespace ResourceMonitor.Domain.Tests.Counters;

public sealed class CounterInterpreterTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    private static CounterSample At(double minutes, double value) => new(T0.AddMinutes(minutes), value);

    [Fact]
    public void First_value_is_a_baseline_with_no_consumption()
    {
        var step = new CounterInterpreter(CounterSpec.Unknown).Interpret((CounterSample?)null, At(0, 100));

        Assert.Equal(CounterTransition.First, step.Transition);
        Assert.Equal(0, step.Consumption);
        Assert.Equal(At(0, 100), step.Baseline);
    }

    [Fact]
    public void A_rise_is_a_normal_delta_counted_as_consumption()
    {
        var step = new CounterInterpreter(CounterSpec.Unknown).Interpret(At(0, 100), At(1, 102.5));

        Assert.Equal(CounterTransition.Delta, step.Transition);
        Assert.Equal(2.5, step.Consumption, 9);
        Assert.True(step.IsCounted);
        Assert.False(step.IsSuspect);
        Assert.Equal(At(1, 102.5), step.Baseline);
    }

    [Fact]
    public void An_unchanged_value_later_is_a_zero_delta()
    {
        var step = new CounterInterpreter(CounterSpec.Unknown).Interpret(At(0, 100), At(1, 100));

        Assert.Equal(CounterTransition.Delta, step.Transition);
        Assert.Equal(0, step.Consumption);
    }

    [Fact]
    public void A_drop_near_the_register_maximum_is_a_rollover_across_the_wrap()
    {
        var interpreter = new CounterInterpreter(new CounterSpec(RegisterMax: 100_000));

        var step = interpreter.Interpret(At(0, 99_998), At(15, 3));

        Assert.Equal(CounterTransition.Rollover, step.Transition);
        Assert.Equal(5, step.Consumption, 9);
        Assert.True(step.IsCounted);
        Assert.Equal(At(15, 3), step.Baseline);
    }

    [Fact]
    public void A_drop_is_held_flagged_and_not_counted_and_keeps_the_baseline()
    {
        var step = new CounterInterpreter(CounterSpec.Unknown).Interpret(At(0, 5_000), At(1, 12));

        Assert.Equal(CounterTransition.Pending, step.Transition);
        Assert.Equal(0, step.Consumption);
        Assert.False(step.IsCounted);
        Assert.True(step.IsSuspect);
        Assert.Equal(At(0, 5_000), step.Baseline);
    }

    [Fact]
    public void A_drop_confirmed_by_the_next_readings_is_a_reset_and_the_new_segment_is_counted_from_its_first_reading()
    {
        var track = new CounterTrack(new CounterInterpreter(CounterSpec.Unknown));
        track.Next(At(0, 5_000));

        var held = track.Next(At(1, 12));
        var second = track.Next(At(2, 14));
        var confirmed = track.Next(At(3, 17));

        Assert.Equal(CounterTransition.Pending, held.Transition);
        Assert.Equal(CounterTransition.Pending, second.Transition);
        Assert.Equal(0, second.Consumption);
        Assert.Equal(CounterTransition.Reset, confirmed.Transition);
        Assert.Equal(5, confirmed.Consumption, 9);
        Assert.Equal(At(1, 12).Timestamp, confirmed.Since);
        Assert.Equal(At(3, 17), confirmed.Baseline);
    }

    [Fact]
    public void A_drop_far_from_the_register_maximum_is_a_reset_not_a_rollover()
    {
        var interpreter = new CounterInterpreter(new CounterSpec(RegisterMax: 100_000));

        var step = interpreter.Interpret(At(0, 40_000), At(1, 10));

        Assert.Equal(CounterTransition.Pending, step.Transition);
        Assert.Equal(0, step.Consumption);
    }

    [Fact]
    public void A_wrap_that_would_imply_an_implausible_rate_is_a_reset()
    {
        var interpreter = new CounterInterpreter(new CounterSpec(RegisterMax: 100_000, MaxRatePerHour: 100));

        // 99 000 → 20 000 across the wrap is 21 000 in one minute: no meter of 100/h does that; it was replaced.
        var step = interpreter.Interpret(At(0, 99_000), At(1, 20_000));

        Assert.Equal(CounterTransition.Pending, step.Transition);
        Assert.Equal(0, step.Consumption);
    }

    [Fact]
    public void A_meter_replacement_with_a_new_lower_register_is_a_reset_and_following_values_count_from_it()
    {
        var track = new CounterTrack(new CounterInterpreter(CounterSpec.Unknown));
        track.Next(At(0, 8_000));
        track.Next(At(1, 8_010));

        var replaced = track.Next(At(2, 300));
        track.Next(At(3, 302));
        var confirmed = track.Next(At(4, 304));
        var after = track.Next(At(5, 305));

        Assert.Equal(CounterTransition.Pending, replaced.Transition);
        Assert.Equal(CounterTransition.Reset, confirmed.Transition);
        Assert.Equal(4, confirmed.Consumption, 9);
        Assert.Equal(CounterTransition.Delta, after.Transition);
        Assert.Equal(1, after.Consumption, 9);
    }

    [Fact]
    public void A_restart_glitch_a_tiny_step_lower_is_ignored_and_keeps_the_higher_baseline()
    {
        var track = new CounterTrack(new CounterInterpreter(new CounterSpec(GlitchTolerance: 0.01)));
        track.Next(At(0, 1000.00));

        var glitch = track.Next(At(1, 999.995));
        var next = track.Next(At(2, 1000.5));

        Assert.Equal(CounterTransition.RestartGlitch, glitch.Transition);
        Assert.Equal(0, glitch.Consumption);
        Assert.True(glitch.IsSuspect);
        Assert.Equal(CounterTransition.Delta, next.Transition);
        Assert.Equal(0.5, next.Consumption, 9);
    }

    [Fact]
    public void Without_a_configured_tolerance_a_drop_of_at_most_one_in_ten_thousand_is_a_glitch()
    {
        var interpreter = new CounterInterpreter(CounterSpec.Unknown);

        Assert.Equal(CounterTransition.RestartGlitch, interpreter.Interpret(At(0, 10_000), At(1, 9_999)).Transition);
        Assert.Equal(CounterTransition.Pending, interpreter.Interpret(At(0, 10_000), At(1, 9_998)).Transition);
    }

    [Fact]
    public void A_rise_above_the_plausible_rate_is_a_spike_flagged_and_not_counted()
    {
        var interpreter = new CounterInterpreter(new CounterSpec(MaxRatePerHour: 600));

        // 50 in one minute is 3000 per hour.
        var step = interpreter.Interpret(At(0, 100), At(1, 150));

        Assert.Equal(CounterTransition.Spike, step.Transition);
        Assert.Equal(0, step.Consumption);
        Assert.True(step.IsSuspect);
        Assert.Contains("plausible", step.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rise_at_the_plausible_rate_is_counted()
    {
        var interpreter = new CounterInterpreter(new CounterSpec(MaxRatePerHour: 600));

        var step = interpreter.Interpret(At(0, 100), At(1, 110));

        Assert.Equal(CounterTransition.Delta, step.Transition);
        Assert.Equal(10, step.Consumption, 9);
    }

    [Fact]
    public void An_older_value_is_out_of_order_and_leaves_the_baseline()
    {
        var step = new CounterInterpreter(CounterSpec.Unknown).Interpret(At(10, 200), At(5, 150));

        Assert.Equal(CounterTransition.OutOfOrder, step.Transition);
        Assert.Equal(0, step.Consumption);
        Assert.Equal(At(10, 200), step.Baseline);
    }

    [Fact]
    public void Another_value_at_the_same_time_is_out_of_order_not_a_duplicate()
    {
        var step = new CounterInterpreter(CounterSpec.Unknown).Interpret(At(10, 200), At(10, 201));

        Assert.Equal(CounterTransition.OutOfOrder, step.Transition);
    }

    [Fact]
    public void The_same_time_and_value_is_an_exact_duplicate()
    {
        var step = new CounterInterpreter(CounterSpec.Unknown).Interpret(At(10, 200), At(10, 200));

        Assert.Equal(CounterTransition.Duplicate, step.Transition);
        Assert.True(step.IsRedundant);
        Assert.Equal(0, step.Consumption);
    }

    [Fact]
    public void A_sequence_with_every_kind_of_event_never_counts_negative_or_doubled_use()
    {
        var track = new CounterTrack(new CounterInterpreter(new CounterSpec(RegisterMax: 1000, MaxRatePerHour: 6000, GlitchTolerance: 0.5)));
        double[] values = [990, 995, 995, 994.8, 2, 10, 500, 12, 20, 25, 30];
        var total = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            var step = track.Next(At(i == 2 ? 1 : i, values[i]));
            Assert.True(step.Consumption >= 0);
            total += step.Consumption;
        }

        // 990→995: 5; duplicate; glitch; 995→2 wraps: 7; 2→10: 8; 10→500: spike held; 12 continues from 10: 2 (the spike was a glitch);
        // 20: 8; 25: 5; 30: 5.
        Assert.Equal(40, total, 9);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-5.0)]
    [InlineData(double.NaN)]
    public void An_invalid_register_maximum_is_refused(double max)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CounterInterpreter(new CounterSpec(RegisterMax: max)));
    }
}
