using System.ComponentModel.DataAnnotations;

namespace ResourceMonitor.Domain.Baselines.Profiles;

/// <summary>
/// When a meter counts as outside its usual band, with hysteresis: a deviation opens above max(P90 × OpenFactor,
/// P90 + MinimumExcess) (or below the mirror image under P10) held for <see cref="SustainFor"/>, and closes only after
/// the value is back within the narrower close thresholds (CloseFactor) for <see cref="ClearFor"/>.
/// </summary>
public sealed class DeviationOptions
{
    /// <summary>Factor on P90 (divisor on P10) beyond which a value is a deviation. E.g. 2: twice the usual high.</summary>
    [Range(1.0, 1000.0)]
    public double OpenFactor { get; set; } = 2.0;

    /// <summary>Factor on P90 (divisor on P10) within which a value counts as back to normal; at most <see cref="OpenFactor"/>.</summary>
    [Range(1.0, 1000.0)]
    public double CloseFactor { get; set; } = 1.2;

    /// <summary>Least absolute excess over P90 (or shortfall under P10) that counts, in the meter's rate unit per hour: keeps a near-zero night band from alerting on noise.</summary>
    [Range(0.0, double.MaxValue)]
    public double MinimumExcess { get; set; }

    /// <summary>How long a value must stay beyond the open threshold before a deviation opens.</summary>
    public TimeSpan SustainFor { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a value must stay within the close thresholds before an open deviation closes.</summary>
    public TimeSpan ClearFor { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Problems with these options, for start-up validation (empty when valid).</summary>
    public IEnumerable<string> Problems()
    {
        if (CloseFactor > OpenFactor)
        {
            yield return $"CloseFactor ({CloseFactor}) must not exceed OpenFactor ({OpenFactor}): without a gap there is no hysteresis.";
        }

        if (SustainFor < TimeSpan.Zero || ClearFor < TimeSpan.Zero)
        {
            yield return "SustainFor and ClearFor must not be negative.";
        }
    }
}
