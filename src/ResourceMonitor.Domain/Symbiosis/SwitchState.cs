namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>Where a <see cref="SustainedSwitch"/> is.</summary>
public enum SwitchState
{
    /// <summary>Off, and the rate is not above the open threshold.</summary>
    Off,
    /// <summary>Off, but the rate has been above the open threshold since <see cref="SustainedSwitch.Since"/>.</summary>
    Opening,
    /// <summary>On, and the rate is not below the close threshold.</summary>
    On,
    /// <summary>On, but the rate has been below the close threshold since <see cref="SustainedSwitch.Since"/>.</summary>
    Closing,
}
