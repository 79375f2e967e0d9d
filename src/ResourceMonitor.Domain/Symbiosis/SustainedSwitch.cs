namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>
/// A threshold with hysteresis and minimum durations: it turns on after the value stayed above <c>open</c> for
/// <c>openAfter</c>, and off after it stayed at or below <c>close</c> for <c>closeAfter</c>. A missing value
/// (a data gap longer than the detector tolerates, the plant offline) turns it off at once: nothing is claimed blind.
/// </summary>
public sealed class SustainedSwitch
{
    private readonly double _open;
    private readonly double _close;
    private readonly TimeSpan _openAfter;
    private readonly TimeSpan _closeAfter;

    /// <summary>A switch that is off.</summary>
    public SustainedSwitch(double open, double close, TimeSpan openAfter, TimeSpan closeAfter)
    {
        if (close > open)
        {
            throw new ArgumentOutOfRangeException(nameof(close), close, "the close threshold must not exceed the open threshold");
        }

        (_open, _close, _openAfter, _closeAfter) = (open, close, openAfter, closeAfter);
    }

    /// <summary>The current state.</summary>
    public SwitchState State { get; private set; }

    /// <summary>When the current pending state (opening/closing) or the last settled state began.</summary>
    public DateTimeOffset Since { get; private set; }

    /// <summary>True while on (including while closing).</summary>
    public bool IsOn => State is SwitchState.On or SwitchState.Closing;

    /// <summary>Restores a saved state (after a restart).</summary>
    public void Restore(SwitchState state, DateTimeOffset since) => (State, Since) = (state, since);

    /// <summary>Moves the switch with the value seen at <paramref name="now"/>; null means "no data": off at once.</summary>
    /// <returns>True when <see cref="IsOn"/> changed.</returns>
    public bool Update(double? value, DateTimeOffset now)
    {
        var wasOn = IsOn;
        if (value is not { } v)
        {
            if (State != SwitchState.Off)
            {
                (State, Since) = (SwitchState.Off, now);
            }

            return wasOn;
        }

        (State, Since) = State switch
        {
            SwitchState.Off when v > _open => _openAfter <= TimeSpan.Zero ? (SwitchState.On, now) : (SwitchState.Opening, now),
            SwitchState.Opening when v <= _open => (SwitchState.Off, now),
            SwitchState.Opening when now - Since >= _openAfter => (SwitchState.On, now),
            SwitchState.On when v <= _close => _closeAfter <= TimeSpan.Zero ? (SwitchState.Off, now) : (SwitchState.Closing, now),
            SwitchState.Closing when v > _close => (SwitchState.On, Since),
            SwitchState.Closing when now - Since >= _closeAfter => (SwitchState.Off, now),
            _ => (State, Since),
        };
        return wasOn != IsOn;
    }
}
