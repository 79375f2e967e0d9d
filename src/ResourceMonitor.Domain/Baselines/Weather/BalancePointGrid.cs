namespace ResourceMonitor.Domain.Baselines.Weather;

/// <summary>The balance-point (base) temperatures a weather model search tries, °C.</summary>
public static class BalancePointGrid
{
    /// <summary>
    /// CalTRACK's daily grid (eemeter's design matrix): every whole degree Fahrenheit from 30 °F to 90 °F, in °C
    /// (−1.1 °C to 32.2 °C in steps of 5/9 °C). Kept in Fahrenheit steps so CalTRACK's results reproduce exactly.
    /// </summary>
    public static IReadOnlyList<double> CalTrack { get; } =
        Enumerable.Range(30, 61).Select(f => (f - 32) * 5.0 / 9.0).ToList();

    /// <summary>The grid for a request: the one base it names, or <see cref="CalTrack"/> to search.</summary>
    public static IReadOnlyList<double> For(double? fixedBaseCelsius) =>
        fixedBaseCelsius is { } b ? [b] : CalTrack;
}
