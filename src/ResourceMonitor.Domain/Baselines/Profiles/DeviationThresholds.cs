namespace ResourceMonitor.Domain.Baselines.Profiles;

/// <summary>The open and close thresholds one band and the options give.</summary>
public sealed record DeviationThresholds(double UpperOpen, double UpperClose, double LowerOpen, double LowerClose)
{
    /// <summary>The thresholds of <paramref name="band"/> under <paramref name="options"/>.</summary>
    public static DeviationThresholds From(ProfileBand band, DeviationOptions options)
    {
        var closeExcess = options.MinimumExcess * options.CloseFactor / options.OpenFactor;
        return new DeviationThresholds(
            Math.Max(band.P90 * options.OpenFactor, band.P90 + options.MinimumExcess),
            Math.Max(band.P90 * options.CloseFactor, band.P90 + closeExcess),
            Math.Min(band.P10 / options.OpenFactor, band.P10 - options.MinimumExcess),
            Math.Min(band.P10 / options.CloseFactor, band.P10 - closeExcess));
    }

    /// <summary>The side <paramref name="value"/> is beyond the open thresholds on, if any.</summary>
    public DeviationDirection? Beyond(double value) =>
        value > UpperOpen ? DeviationDirection.Above : value < LowerOpen ? DeviationDirection.Below : null;

    /// <summary>Whether <paramref name="value"/> is back within the close thresholds.</summary>
    public bool IsWithin(double value) => value <= UpperClose && value >= LowerClose;
}
