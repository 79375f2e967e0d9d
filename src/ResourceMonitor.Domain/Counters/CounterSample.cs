namespace ResourceMonitor.Domain.Counters;

/// <summary>One value of a cumulative register at a point in time.</summary>
/// <param name="Timestamp">When the register had <paramref name="Value"/>.</param>
/// <param name="Value">The register value, in the meter's unit.</param>
public readonly record struct CounterSample(DateTimeOffset Timestamp, double Value);
