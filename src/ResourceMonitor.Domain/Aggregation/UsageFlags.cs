namespace ResourceMonitor.Domain.Aggregation;

/// <summary>Data-quality events inside one meter-minute, so baselines and reports can judge data sufficiency.</summary>
[Flags]
public enum UsageFlags
{
    /// <summary>Nothing to report.</summary>
    None = 0,

    /// <summary>A counter dropped (device reset or meter replacement): the consumption across it is unknown and not counted.</summary>
    Reset = 1,

    /// <summary>A counter wrapped at its register maximum; the distance across the wrap is counted.</summary>
    Rollover = 2,

    /// <summary>A counter rose faster than the meter's plausible maximum: held, not counted.</summary>
    Spike = 4,

    /// <summary>A counter stepped slightly back after a restart: ignored.</summary>
    RestartGlitch = 8,

    /// <summary>Two consecutive readings are further apart than the longest gap bridged: the time between them is not covered.</summary>
    Gap = 16,

    /// <summary>A counter dropped beyond its jitter tolerance (or continued such a drop): held until the next readings decide glitch or reset, not counted.</summary>
    Held = 32,
}
