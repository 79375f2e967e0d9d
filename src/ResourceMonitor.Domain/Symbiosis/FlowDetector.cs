using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Counters;

namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>
/// Watches one meter's rate (a gauge's value, or a counter's consumption per hour through the shared counter
/// interpreter) and turns a <see cref="SustainedSwitch"/> with its smoothed mean at each reading's own time, so the
/// sustain timers run on the meter's clock rather than on the evaluation tick. A gap shorter than
/// <see cref="DetectionSettings.StaleAfter"/> holds the state; a longer one makes it <see cref="DetectorCondition.Stale"/>,
/// the plant going offline <see cref="DetectorCondition.Offline"/>; both turn the switch off.
/// </summary>
public sealed class FlowDetector
{
    private readonly RateWindow _window;
    private readonly RateTrack _rate;
    private readonly TimeSpan _staleAfter;
    private readonly TimeSpan _coverageGap;
    private DateTimeOffset? _heardFrom;

    /// <summary>A detector for <paramref name="meter"/> with the given thresholds (in the meter's rate unit).</summary>
    /// <param name="meter">The meter watched.</param>
    /// <param name="open">The open threshold.</param>
    /// <param name="close">The close threshold.</param>
    /// <param name="settings">Smoothing, durations and the stale limit.</param>
    /// <param name="atThresholdCounts">A value exactly at the open threshold opens (a waste stock at the minimum lot).</param>
    public FlowDetector(Meter meter, double open, double close, DetectionSettings settings, bool atThresholdCounts = false)
    {
        Meter = meter;
        _window = new RateWindow(settings.SmoothingWindow);
        _staleAfter = settings.StaleAfter;
        _coverageGap = settings.SmoothingWindow > TimeSpan.Zero ? settings.SmoothingWindow : settings.StaleAfter;
        _rate = new RateTrack(meter.Kind, meter.CounterSpec);
        Switch = new SustainedSwitch(open, close, settings.OpenAfter, settings.CloseAfter, atThresholdCounts);
    }

    /// <summary>The meter watched.</summary>
    public Meter Meter { get; }

    /// <summary>The hysteresis switch.</summary>
    public SustainedSwitch Switch { get; }

    /// <summary>The last smoothed rate (held through short gaps), 0 when unknown.</summary>
    public double Rate { get; private set; }

    /// <summary>Whether the rate is known now.</summary>
    public DetectorCondition Condition { get; private set; }

    /// <summary>True while the surplus or need is on.</summary>
    public bool IsOn => Switch.IsOn;

    /// <summary>
    /// The stretch of time the readings cover without a gap longer than the smoothing window: what totals may be
    /// counted over (a silent meter accrues nothing). Null before the first reading.
    /// </summary>
    public (DateTimeOffset From, DateTimeOffset Until)? Coverage { get; private set; }

    /// <summary>
    /// Takes one reading of the meter and moves the switch at the reading's time. A reading older than
    /// <paramref name="notBefore"/> (already judged stale, or the plant is offline) only fills the window. Returns true when the switch turned on or off.
    /// </summary>
    public bool Observe(Reading reading, DateTimeOffset? notBefore = null)
    {
        return _rate.Next(reading.Timestamp, reading.Value) is { } rate && Heard(reading.Timestamp, rate, notBefore);
    }

    /// <summary>Restores the switch after a restart; silence is measured from <paramref name="now"/>, not from before the restart.</summary>
    public void Restore(SwitchState state, DateTimeOffset since, double rate, DateTimeOffset now)
    {
        Switch.Restore(state, since);
        Rate = rate;
        _heardFrom = now;
        Condition = DetectorCondition.Live;
    }

    /// <summary>
    /// At <paramref name="now"/>: turns the switch off when the plant is offline or the meter silent past the stale
    /// limit, else completes a pending opening or closing whose time has come. Returns true when it turned on or off.
    /// </summary>
    public bool Evaluate(DateTimeOffset now, bool plantOnline)
    {
        var last = Max(_window.LastAt, _heardFrom);
        if (!plantOnline || last is null || now - last.Value > _staleAfter)
        {
            Condition = !plantOnline ? DetectorCondition.Offline : last is null ? DetectorCondition.NoData : DetectorCondition.Stale;
            Rate = 0;
            return Switch.Update(null, now);
        }

        Condition = DetectorCondition.Live;
        return Switch.Elapse(now);
    }

    private bool Heard(DateTimeOffset at, double rate, DateTimeOffset? notBefore)
    {
        if (!double.IsFinite(rate) || !_window.Add(at, Math.Max(0, rate)))
        {
            return false;
        }

        Coverage = Coverage is { } c && at - c.Until <= _coverageGap ? (c.From, at) : (at, at);
        if ((notBefore is { } limit && at < limit) || _window.MeanAt(at) is not { } mean)
        {
            return false;
        }

        Rate = mean;
        Condition = DetectorCondition.Live;
        return Switch.Update(mean, at);
    }

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
