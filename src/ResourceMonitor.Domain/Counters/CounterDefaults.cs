using ResourceMonitor.Contracts;

namespace ResourceMonitor.Domain.Counters;

/// <summary>
/// Conservative bounds per canonical unit for a counter whose meter declares none (docs/edge/operations.md, "Normalisation
/// rules", explains each figure). The maximum rate is above what one meter of a single plant plausibly measures, so real use
/// is never flagged, yet far below what a lifetime total booked in one interval implies. The jitter is one step of the last
/// digit a camera or a low-resolution register shows.
/// </summary>
public static class CounterDefaults
{
    /// <summary>The bound when the unit is unknown or has no default: one million units per hour.</summary>
    public const double FallbackMaxRatePerHour = 1_000_000;

    /// <summary>The default maximum consumption per hour of a counter in <paramref name="unit"/>.</summary>
    public static double MaxRatePerHour(string unit) => unit switch
    {
        CanonicalUnits.KilowattHour => 50_000, // 50 MW: above a single factory's grid connection (typically ≤ 20 MW).
        CanonicalUnits.CubicMetre => 10_000, // 10,000 m3/h: a DN600 main at 10 m/s, or a large plant's gas supply.
        CanonicalUnits.Kilogram => 1_000_000, // 1,000 t/h: a continuous bulk conveyor; batch weighings must declare their own.
        _ => FallbackMaxRatePerHour,
    };

    /// <summary>The default absolute jitter of a counter in <paramref name="unit"/> (a drop at most this big is ignored).</summary>
    public static double Jitter(string unit) => unit switch
    {
        CanonicalUnits.KilowattHour => 0.1, // one step of a 0.1 kWh register.
        CanonicalUnits.CubicMetre => 0.01, // one step of the last digit of a water meter read by a camera (10 l).
        CanonicalUnits.Kilogram => 1,
        _ => 0,
    };
}
