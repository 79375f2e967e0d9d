namespace ResourceMonitor.Domain.Counters;

/// <summary>What is known of a meter's register, used to tell a rollover from a reset, a spike from real use and jitter from a drop.</summary>
/// <param name="RegisterMax">The value at which the register wraps to zero (e.g. 100000 for a five-digit register), or null when unknown (a drop is then never a rollover).</param>
/// <param name="MaxRatePerHour">The highest plausible consumption per hour in the register's unit; when null, <see cref="CounterDefaults.FallbackMaxRatePerHour"/>. The spike guard is always on.</param>
/// <param name="GlitchTolerance">The largest drop (in the register's unit) treated as jitter; when null, <see cref="DefaultRelativeGlitch"/> of the previous value.</param>
/// <param name="ConfirmReadings">How many consecutive consistent readings (the first unexplained one included) confirm a reset or replacement.</param>
public sealed record CounterSpec(double? RegisterMax = null, double? MaxRatePerHour = null, double? GlitchTolerance = null, int ConfirmReadings = CounterSpec.DefaultConfirmReadings)
{
    /// <summary>The relative size of a drop treated as jitter, always allowed on top of the absolute tolerance (0.01 %).</summary>
    public const double DefaultRelativeGlitch = 1e-4;

    /// <summary>Readings that confirm a drop (or jump) as a reset or replacement: the unexplained value and two more consistent with it.</summary>
    public const int DefaultConfirmReadings = 3;

    /// <summary>A counter about which nothing is known (no unit): the fallback bounds of <see cref="CounterDefaults"/>.</summary>
    public static CounterSpec Unknown { get; } = new();

    /// <summary>
    /// The settings for a counter in canonical <paramref name="unit"/>: declared values where given, otherwise the unit's
    /// defaults from <see cref="CounterDefaults"/> (maximum rate and absolute jitter).
    /// </summary>
    public static CounterSpec For(string unit, double? registerMax = null, double? maxRatePerHour = null, double? glitchTolerance = null) =>
        new(registerMax, maxRatePerHour ?? CounterDefaults.MaxRatePerHour(unit), glitchTolerance ?? CounterDefaults.Jitter(unit));

    /// <summary>The bound of the spike guard, per hour.</summary>
    public double EffectiveMaxRatePerHour => MaxRatePerHour ?? CounterDefaults.FallbackMaxRatePerHour;

    /// <summary>The largest drop from <paramref name="previous"/> that is jitter: the absolute tolerance or 0.01 % of the value, whichever is larger.</summary>
    public double GlitchToleranceAt(double previous) => Math.Max(GlitchTolerance ?? 0, Math.Abs(previous) * DefaultRelativeGlitch);
}
