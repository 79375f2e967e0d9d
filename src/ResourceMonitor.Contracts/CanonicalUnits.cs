namespace ResourceMonitor.Contracts;

/// <summary>The canonical units the park broker accepts. Edge agents convert everything else (Wh, MWh, GJ, L, gal, t...).</summary>
public static class CanonicalUnits
{
    /// <summary>Energy, cumulative.</summary>
    public const string KilowattHour = "kWh";
    /// <summary>Power, instantaneous.</summary>
    public const string Kilowatt = "kW";
    /// <summary>Volume, cumulative (or a level).</summary>
    public const string CubicMetre = "m3";
    /// <summary>Volume flow, instantaneous.</summary>
    public const string CubicMetrePerHour = "m3/h";
    /// <summary>Mass, cumulative (or a stock).</summary>
    public const string Kilogram = "kg";
    /// <summary>Mass flow, instantaneous.</summary>
    public const string KilogramPerHour = "kg/h";
    /// <summary>Temperature.</summary>
    public const string DegreeCelsius = "degC";
    /// <summary>A production count.</summary>
    public const string Unit = "unit";

    /// <summary>Every canonical unit.</summary>
    public static IReadOnlyList<string> All { get; } =
        [KilowattHour, Kilowatt, CubicMetre, CubicMetrePerHour, Kilogram, KilogramPerHour, DegreeCelsius, Unit];

    /// <summary>Units a cumulative register (a <see cref="ReadingKind.Counter"/>) can be in.</summary>
    public static IReadOnlyList<string> Cumulative { get; } = [KilowattHour, CubicMetre, Kilogram, Unit];

    /// <summary>True when <paramref name="unit"/> is canonical (case-sensitive: "kwh" is not "kWh").</summary>
    public static bool IsCanonical(string? unit) => unit is not null && All.Contains(unit, StringComparer.Ordinal);

    /// <summary>True when a counter may be expressed in <paramref name="unit"/>.</summary>
    public static bool IsCumulative(string? unit) => unit is not null && Cumulative.Contains(unit, StringComparer.Ordinal);

    /// <summary>The rate unit that is the time derivative of a cumulative unit (kWh → kW, m3 → m3/h, kg → kg/h), or null.</summary>
    public static string? RateOf(string cumulativeUnit) => cumulativeUnit switch
    {
        KilowattHour => Kilowatt,
        CubicMetre => CubicMetrePerHour,
        Kilogram => KilogramPerHour,
        _ => null,
    };

    /// <summary>The cumulative unit whose derivative is the rate unit (kW → kWh, m3/h → m3, kg/h → kg), or null.</summary>
    public static string? QuantityOf(string rateUnit) => rateUnit switch
    {
        Kilowatt => KilowattHour,
        CubicMetrePerHour => CubicMetre,
        KilogramPerHour => Kilogram,
        _ => null,
    };
}
