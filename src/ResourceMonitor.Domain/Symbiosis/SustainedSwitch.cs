namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>
/// A threshold with hysteresis and minimum durations, timed on the readings' own time: it turns on once the value has
/// stayed above <c>open</c> for <c>openAfter</c>, and off once it has stayed at or below <c>close</c> for
/// <c>closeAfter</c>. The value holds between readings, so a pending change completes at its due time
/// (<see cref="Elapse"/>) even when the next reading is later. A missing value (a data gap longer than the detector
/// tolerates, the plant offline) turns it off at once: nothing is claimed blind. With <c>atThresholdCounts</c> a value
/// exactly at the threshold counts as above it (a waste stock at the minimum lot is a lot).
/// </summary>
public sealed class SustainedSwitch
{
    private readonly double _open;
    private readonly double _close;
    private readonly TimeSpan _openAfter;
    private readonly TimeSpan _closeAfter;
    private readonly bool _atThresholdCounts;

    /// <summary>A switch that is off.</summary>
    public SustainedSwitch(double open, double close, TimeSpan openAfter, TimeSpan closeAfter, bool atThresholdCounts = false)
    {
        if (close > open)
        {
            throw new ArgumentOutOfRangeException(nameof(close), close, "the close threshold must not exceed the open threshold");
        }

        (_open, _close, _openAfter, _closeAfter, _atThresholdCounts) = (open, close, openAfter, closeAfter, atThresholdCounts);
    }

    /// <summary>The current state.</summary>
    public SwitchState State { get; private set; }

    /// <summary>When the current pending state (opening/closing) or the last settled state began.</summary>
    public DateTimeOffset Since { get; private set; }

    /// <summary>True while on (including while closing).</summary>
    public bool IsOn => State is SwitchState.On or SwitchState.Closing;

    /// <summary>When the pending opening or closing completes if the value holds; null when settled.</summary>
    public DateTimeOffset? DueAt => State switch
    {
        SwitchState.Opening => Since + _openAfter,
        SwitchState.Closing => Since + _closeAfter,
        _ => null,
    };

    /// <summary>Restores a saved state (after a restart).</summary>
    public void Restore(SwitchState state, DateTimeOffset since) => (State, Since) = (state, since);

    /// <summary>Moves the switch with the value seen at <paramref name="at"/>; null means "no data": off at once.</summary>
    /// <returns>True when <see cref="IsOn"/> changed.</returns>
    public bool Update(double? value, DateTimeOffset at)
    {
        var wasOn = IsOn;
        if (value is not { } v)
        {
            if (State != SwitchState.Off)
            {
                (State, Since) = (SwitchState.Off, at);
            }

            return wasOn;
        }

        var above = _atThresholdCounts ? v >= _open : v > _open;
        var below = _atThresholdCounts ? v < _close : v <= _close;
        (State, Since) = State switch
        {
            SwitchState.Off when above => _openAfter <= TimeSpan.Zero ? (SwitchState.On, at) : (SwitchState.Opening, at),
            SwitchState.Opening when !above => (SwitchState.Off, at),
            SwitchState.On when below => _closeAfter <= TimeSpan.Zero ? (SwitchState.Off, at) : (SwitchState.Closing, at),
            SwitchState.Closing when !below => (SwitchState.On, Since),
            _ => (State, Since),
        };
        Elapse(at);
        return wasOn != IsOn;
    }

    /// <summary>Completes a pending opening or closing whose due time has come by <paramref name="now"/> (the last value held since).</summary>
    /// <returns>True when <see cref="IsOn"/> changed.</returns>
    public bool Elapse(DateTimeOffset now)
    {
        if (DueAt is not { } due || now < due)
        {
            return false;
        }

        (State, Since) = (State == SwitchState.Opening ? SwitchState.On : SwitchState.Off, due);
        return true;
    }
}
