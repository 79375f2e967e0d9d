namespace ResourceMonitor.Domain.Baselines.Profiles;

/// <summary>
/// One meter's deviation state machine (normal → pending → open → clearing → normal) with hysteresis and sustained
/// durations, so one odd reading never alerts and a value hovering at the threshold never flaps. Clock-free like the
/// symbiosis engine: durations are measured on the meter's clock (each level's own time), so readings back-filled
/// from an edge agent's buffer are judged as they happened, not by when they arrived. Not thread-safe: one caller per meter.
/// </summary>
public sealed class DeviationDetector(string meter, DeviationOptions options)
{
    private DateTimeOffset? _lastAt;
    private DeviationDirection? _direction;
    private DateTimeOffset _outsideSince;
    private DateTimeOffset _openedAt;
    private DateTimeOffset? _withinSince;
    private double _peak;

    /// <summary>Whether a deviation is open.</summary>
    public bool IsOpen { get; private set; }

    /// <summary>
    /// Feeds the meter's level at <paramref name="at"/> (the reading's time) and that hour's band; returns the
    /// transition it caused, if any. A level not later than the last one fed is ignored: durations never run backwards.
    /// </summary>
    public DeviationEvent? Observe(DateTimeOffset at, double value, ProfileBand band)
    {
        if (at <= _lastAt)
        {
            return null;
        }

        _lastAt = at;
        var now = at;
        var thresholds = DeviationThresholds.From(band, options);
        return IsOpen ? WhileOpen(now, value, band, thresholds) : WhileClosed(now, value, band, thresholds);
    }

    private DeviationEvent? WhileClosed(DateTimeOffset now, double value, ProfileBand band, DeviationThresholds thresholds)
    {
        var beyond = thresholds.Beyond(value);
        if (beyond is null)
        {
            _direction = null;
            return null;
        }

        if (_direction != beyond)
        {
            _direction = beyond;
            _outsideSince = now;
            _peak = value;
        }

        _peak = Extreme(_peak, value);
        if (now - _outsideSince < options.SustainFor)
        {
            return null;
        }

        IsOpen = true;
        _openedAt = now;
        _withinSince = null;
        return new DeviationEvent(meter, true, beyond.Value, now, _outsideSince, value, _peak, band);
    }

    private DeviationEvent? WhileOpen(DateTimeOffset now, double value, ProfileBand band, DeviationThresholds thresholds)
    {
        if (!thresholds.IsWithin(value))
        {
            _withinSince = null;
            _peak = Extreme(_peak, value);
            return null;
        }

        _withinSince ??= now;
        if (now - _withinSince.Value < options.ClearFor)
        {
            return null;
        }

        IsOpen = false;
        var direction = _direction ?? DeviationDirection.Above;
        _direction = null;
        return new DeviationEvent(meter, false, direction, now, _openedAt, value, _peak, band);
    }

    private double Extreme(double peak, double value) =>
        _direction == DeviationDirection.Below ? Math.Min(peak, value) : Math.Max(peak, value);
}
