using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Counters;

namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>
/// Watches one meter's rate (a gauge's value, or a counter's consumption per hour through the shared counter
/// interpreter) and turns a <see cref="SustainedSwitch"/> with its smoothed mean. A gap shorter than
/// <see cref="DetectionSettings.StaleAfter"/> holds the state; a longer one, or the plant going offline, turns it off.
/// </summary>
public sealed class FlowDetector
{
    private readonly RateWindow _window;
    private readonly CounterTrack? _counter;
    private readonly TimeSpan _staleAfter;
    private DateTimeOffset? _heardFrom;

    /// <summary>A detector for <paramref name="meter"/> with the given thresholds (in the meter's rate unit).</summary>
    public FlowDetector(Meter meter, double open, double close, DetectionSettings settings)
    {
        Meter = meter;
        _window = new RateWindow(settings.SmoothingWindow);
        _staleAfter = settings.StaleAfter;
        _counter = meter.Kind == ReadingKind.Counter ? new CounterTrack(new CounterInterpreter(meter.CounterSpec)) : null;
        Switch = new SustainedSwitch(open, close, settings.OpenAfter, settings.CloseAfter);
    }

    /// <summary>The meter watched.</summary>
    public Meter Meter { get; }

    /// <summary>The hysteresis switch.</summary>
    public SustainedSwitch Switch { get; }

    /// <summary>The last smoothed rate (held through short gaps), 0 when unknown.</summary>
    public double Rate { get; private set; }

    /// <summary>True while the surplus or need is on.</summary>
    public bool IsOn => Switch.IsOn;

    /// <summary>Takes one reading of the meter.</summary>
    public void Observe(Reading reading)
    {
        if (_counter is null)
        {
            Heard(reading.Timestamp, reading.Value);
            return;
        }

        var step = _counter.Next(new CounterSample(reading.Timestamp, reading.Value));
        if (step.IsCounted && reading.Timestamp > step.Since)
        {
            Heard(reading.Timestamp, step.Consumption / (reading.Timestamp - step.Since).TotalHours);
        }
    }

    /// <summary>Restores the switch after a restart; silence is measured from <paramref name="now"/>, not from before the restart.</summary>
    public void Restore(SwitchState state, DateTimeOffset since, double rate, DateTimeOffset now)
    {
        Switch.Restore(state, since);
        Rate = rate;
        _heardFrom = now;
    }

    /// <summary>Moves the switch at <paramref name="now"/>; returns true when it turned on or off.</summary>
    public bool Evaluate(DateTimeOffset now, bool plantOnline)
    {
        var last = Max(_window.LastAt, _heardFrom);
        if (!plantOnline || last is null || now - last.Value > _staleAfter)
        {
            Rate = 0;
            return Switch.Update(null, now);
        }

        if (_window.MeanAt(now) is not { } mean)
        {
            return false;
        }

        Rate = mean;
        return Switch.Update(mean, now);
    }

    private void Heard(DateTimeOffset at, double rate)
    {
        if (double.IsFinite(rate))
        {
            _window.Add(at, Math.Max(0, rate));
        }
    }

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
