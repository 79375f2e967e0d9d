using ResourceMonitor.Domain.Symbiosis;

namespace ResourceMonitor.Domain.Tests.Symbiosis;

public sealed class SustainedSwitchTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    private static SustainedSwitch Switch() => new(open: 100, close: 60, TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(5));

    [Fact]
    public void Turns_on_only_after_the_rate_stayed_above_the_open_threshold_for_the_minimum_duration()
    {
        var s = Switch();

        Assert.False(s.Update(150, T0));
        Assert.Equal(SwitchState.Opening, s.State);
        Assert.False(s.Update(150, T0.AddMinutes(2)));
        Assert.True(s.Update(150, T0.AddMinutes(3)));
        Assert.True(s.IsOn);
    }

    [Fact]
    public void A_short_excursion_above_the_threshold_does_not_open()
    {
        var s = Switch();

        s.Update(150, T0);
        s.Update(90, T0.AddMinutes(2));
        s.Update(150, T0.AddMinutes(3));

        Assert.False(s.IsOn);
        Assert.Equal(SwitchState.Opening, s.State);
    }

    [Fact]
    public void Rate_between_close_and_open_thresholds_keeps_it_on_hysteresis()
    {
        var s = Switch();
        s.Update(150, T0);
        s.Update(150, T0.AddMinutes(3));

        for (var minute = 4; minute < 60; minute++)
        {
            Assert.False(s.Update(minute % 2 == 0 ? 70 : 95, T0.AddMinutes(minute)));
        }

        Assert.True(s.IsOn);
    }

    [Fact]
    public void Turns_off_only_after_the_rate_stayed_below_the_close_threshold_for_the_minimum_duration()
    {
        var s = Switch();
        s.Update(150, T0);
        s.Update(150, T0.AddMinutes(3));

        s.Update(50, T0.AddMinutes(10));
        s.Update(70, T0.AddMinutes(12));
        s.Update(50, T0.AddMinutes(13));
        Assert.False(s.Update(50, T0.AddMinutes(17)));
        Assert.True(s.Update(50, T0.AddMinutes(18)));
        Assert.False(s.IsOn);
    }

    [Fact]
    public void No_data_turns_it_off_at_once()
    {
        var s = Switch();
        s.Update(150, T0);
        s.Update(150, T0.AddMinutes(3));

        Assert.True(s.Update(null, T0.AddMinutes(4)));
        Assert.Equal(SwitchState.Off, s.State);
    }
}
