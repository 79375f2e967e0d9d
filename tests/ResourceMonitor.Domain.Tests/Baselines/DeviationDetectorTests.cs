using ResourceMonitor.Domain.Baselines.Profiles;

namespace ResourceMonitor.Domain.Tests.Baselines;

public sealed class DeviationDetectorTests
{
    // Night water intake: usually 1.0 m3/h (P10 0.8, P90 1.2).
    private static readonly ProfileBand NightWater = new(0.8, 1.0, 1.2, 8);
    private static readonly DateTimeOffset Start = new(2026, 11, 29, 19, 0, 0, TimeSpan.Zero);
    private DateTimeOffset _at = Start;
    private readonly DeviationOptions _options = new() { OpenFactor = 2, CloseFactor = 1.2, SustainFor = TimeSpan.FromMinutes(30), ClearFor = TimeSpan.FromMinutes(15) };

    [Fact]
    public void Night_water_at_three_times_its_usual_level_opens_an_alert_once_sustained_and_closes_once_back_inside()
    {
        var detector = new DeviationDetector("water-intake", _options);

        var events = Feed(detector, value: 3.0, minutes: 45);
        var opened = Assert.Single(events);
        Assert.True(opened.Opened);
        Assert.Equal(DeviationDirection.Above, opened.Direction);
        Assert.Equal(Start.AddMinutes(30), opened.At);
        Assert.Equal(Start, opened.Since);

        var closing = Feed(detector, value: 1.1, minutes: 20);
        var closed = Assert.Single(closing);
        Assert.False(closed.Opened);
        Assert.Equal(Start.AddMinutes(45 + 15), closed.At);
        Assert.Equal(3.0, closed.Peak);
        Assert.False(detector.IsOpen);
    }

    [Fact]
    public void A_short_spike_shorter_than_the_sustain_time_never_alerts()
    {
        var detector = new DeviationDetector("water-intake", _options);

        var events = Feed(detector, value: 5.0, minutes: 20).Concat(Feed(detector, value: 1.0, minutes: 5)).Concat(Feed(detector, value: 5.0, minutes: 20));

        Assert.Empty(events);
    }

    [Fact]
    public void A_value_between_the_close_and_open_thresholds_keeps_an_open_alert_open()
    {
        var detector = new DeviationDetector("water-intake", _options);
        Feed(detector, value: 3.0, minutes: 31);

        // 1.8 is below the open threshold (2.4) but above the close threshold (1.44): hysteresis holds the alert.
        var events = Feed(detector, value: 1.8, minutes: 120);

        Assert.Empty(events);
        Assert.True(detector.IsOpen);
    }

    [Fact]
    public void Use_far_below_the_band_opens_a_below_alert()
    {
        var detector = new DeviationDetector("water-intake", _options);

        var opened = Assert.Single(Feed(detector, value: 0.1, minutes: 31));

        Assert.Equal(DeviationDirection.Below, opened.Direction);
    }

    [Fact]
    public void Durations_run_on_the_levels_own_times_so_a_backlog_fed_at_once_opens_where_the_meter_was_outside()
    {
        var detector = new DeviationDetector("water-intake", _options);

        var events = Enumerable.Range(0, 45).Select(m => detector.Observe(Start.AddMinutes(m), 3.0, NightWater)).OfType<DeviationEvent>().ToList();

        Assert.Equal(Start.AddMinutes(30), Assert.Single(events).At);
    }

    [Fact]
    public void A_level_older_than_the_last_one_is_ignored_so_time_never_runs_backwards()
    {
        var detector = new DeviationDetector("water-intake", _options);
        detector.Observe(Start.AddMinutes(40), 3.0, NightWater);

        // An older level far outside, then one 20 minutes after the first: 20 minutes outside, not 40.
        Assert.Null(detector.Observe(Start, 3.0, NightWater));
        Assert.Null(detector.Observe(Start.AddMinutes(60), 3.0, NightWater));
        Assert.NotNull(detector.Observe(Start.AddMinutes(70), 3.0, NightWater));
    }

    [Fact]
    public void Options_without_a_hysteresis_gap_are_reported_as_a_problem()
    {
        var options = new DeviationOptions { OpenFactor = 1.5, CloseFactor = 2 };

        Assert.Single(options.Problems());
    }

    private List<DeviationEvent> Feed(DeviationDetector detector, double value, int minutes)
    {
        var events = new List<DeviationEvent>();
        for (var i = 0; i < minutes; i++)
        {
            if (detector.Observe(_at, value, NightWater) is { } e)
            {
                events.Add(e);
            }

            _at = _at.AddMinutes(1);
        }

        return events;
    }
}
