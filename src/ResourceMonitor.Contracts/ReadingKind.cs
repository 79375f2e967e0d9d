namespace ResourceMonitor.Contracts;

/// <summary>How a reading's value behaves over time.</summary>
public enum ReadingKind
{
    /// <summary>A cumulative register (energy, volume, mass); may roll over or be reset.</summary>
    Counter,

    /// <summary>An instantaneous value (power, flow, temperature, level).</summary>
    Gauge,
}
