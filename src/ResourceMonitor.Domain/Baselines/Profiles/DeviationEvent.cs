namespace ResourceMonitor.Domain.Baselines.Profiles;

/// <summary>A deviation opening or closing.</summary>
/// <param name="Meter">The meter.</param>
/// <param name="Opened">True when the deviation opened, false when it closed.</param>
/// <param name="Direction">Above or below the band.</param>
/// <param name="At">When it opened or closed (the detector's clock).</param>
/// <param name="Since">When the value first went beyond the threshold (for a close: when the deviation had opened).</param>
/// <param name="Value">The value at the transition.</param>
/// <param name="Peak">The most extreme value while outside.</param>
/// <param name="Band">The usual band of the hour at the transition.</param>
public sealed record DeviationEvent(string Meter, bool Opened, DeviationDirection Direction, DateTimeOffset At, DateTimeOffset Since, double Value, double Peak, ProfileBand Band);
