namespace ResourceMonitor.Domain.Counters;

/// <summary>What is known of a meter's register, used to tell a rollover from a reset and a spike from real use.</summary>
/// <param name="RegisterMax">The value at which the register wraps to zero (e.g. 100000 for a five-digit register), or null when unknown (a drop is then never a rollover).</param>
/// <param name="MaxRatePerHour">The highest plausible consumption per hour in the register's unit, or null when unknown (no spike detection).</param>
/// <param name="GlitchTolerance">The largest drop (in the register's unit) treated as a restart glitch; when null, a drop of at most <see cref="DefaultRelativeGlitch"/> of the previous value.</param>
public sealed record CounterSpec(double? RegisterMax = null, double? MaxRatePerHour = null, double? GlitchTolerance = null)
{
    /// <summary>The relative size of a drop treated as a restart glitch when <see cref="GlitchTolerance"/> is not given (0.01 %).</summary>
    public const double DefaultRelativeGlitch = 1e-4;

    /// <summary>A counter about which nothing is known.</summary>
    public static CounterSpec Unknown { get; } = new();

    /// <summary>The largest drop from <paramref name="previous"/> that is a restart glitch.</summary>
    public double GlitchToleranceAt(double previous) => GlitchTolerance ?? Math.Abs(previous) * DefaultRelativeGlitch;
}
