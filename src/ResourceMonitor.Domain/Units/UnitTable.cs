using ResourceMonitor.Contracts;

namespace ResourceMonitor.Domain.Units;

/// <summary>The source units the edge agent understands and how each converts to a canonical unit of the v1 contract.</summary>
public static class UnitTable
{
    private const double SecondsPerHour = 3600;
    private const double MinutesPerHour = 60;
    private const double LitresPerUsGallon = 3.785411784;
    private const double KilowattHoursPerMegajoule = 1 / 3.6;

    private static readonly Dictionary<string, UnitConversion> Conversions = Build();

    /// <summary>Every source unit (with aliases) this table converts.</summary>
    public static IReadOnlyCollection<string> KnownUnits => Conversions.Keys;

    /// <summary>Finds the conversion of <paramref name="sourceUnit"/>; false when the unit is unknown.</summary>
    public static bool TryFind(string? sourceUnit, out UnitConversion conversion)
    {
        conversion = null!;
        return sourceUnit is not null && Conversions.TryGetValue(sourceUnit.Trim(), out conversion!);
    }

    private static Dictionary<string, UnitConversion> Build()
    {
        var table = new Dictionary<string, UnitConversion>(StringComparer.Ordinal);
        void Add(string canonical, double factor, params string[] names)
        {
            foreach (var name in names)
            {
                table.Add(name, new UnitConversion(name, canonical, factor));
            }
        }

        // Energy → kWh
        Add(CanonicalUnits.KilowattHour, 1e-3, "Wh");
        Add(CanonicalUnits.KilowattHour, 1, "kWh");
        Add(CanonicalUnits.KilowattHour, 1e3, "MWh");
        Add(CanonicalUnits.KilowattHour, 1e6, "GWh");
        Add(CanonicalUnits.KilowattHour, KilowattHoursPerMegajoule * 1e-6, "J");
        Add(CanonicalUnits.KilowattHour, KilowattHoursPerMegajoule * 1e-3, "kJ");
        Add(CanonicalUnits.KilowattHour, KilowattHoursPerMegajoule, "MJ");
        Add(CanonicalUnits.KilowattHour, KilowattHoursPerMegajoule * 1e3, "GJ");

        // Power → kW
        Add(CanonicalUnits.Kilowatt, 1e-3, "W");
        Add(CanonicalUnits.Kilowatt, 1, "kW");
        Add(CanonicalUnits.Kilowatt, 1e3, "MW");

        // Volume → m3
        Add(CanonicalUnits.CubicMetre, 1e-3, "L", "l");
        Add(CanonicalUnits.CubicMetre, 1, "m3", "m³");
        Add(CanonicalUnits.CubicMetre, LitresPerUsGallon * 1e-3, "gal");

        // Volume flow → m3/h
        Add(CanonicalUnits.CubicMetrePerHour, 1e-3 * MinutesPerHour, "L/min", "l/min");
        Add(CanonicalUnits.CubicMetrePerHour, 1e-3, "L/h", "l/h");
        Add(CanonicalUnits.CubicMetrePerHour, 1e-3 * SecondsPerHour, "L/s", "l/s");
        Add(CanonicalUnits.CubicMetrePerHour, 1, "m3/h", "m³/h");
        Add(CanonicalUnits.CubicMetrePerHour, MinutesPerHour, "m3/min", "m³/min");
        Add(CanonicalUnits.CubicMetrePerHour, SecondsPerHour, "m3/s", "m³/s");
        Add(CanonicalUnits.CubicMetrePerHour, LitresPerUsGallon * 1e-3 * MinutesPerHour, "gal/min", "gpm");

        // Mass → kg
        Add(CanonicalUnits.Kilogram, 1e-3, "g");
        Add(CanonicalUnits.Kilogram, 1, "kg");
        Add(CanonicalUnits.Kilogram, 1e3, "t");

        // Mass flow → kg/h
        Add(CanonicalUnits.KilogramPerHour, 1, "kg/h");
        Add(CanonicalUnits.KilogramPerHour, SecondsPerHour, "kg/s");
        Add(CanonicalUnits.KilogramPerHour, 1e3, "t/h");

        // Temperature → degC
        Add(CanonicalUnits.DegreeCelsius, 1, "degC", "°C", "C");
        table.Add("K", new UnitConversion("K", CanonicalUnits.DegreeCelsius, 1, -273.15));
        table.Add("degF", new UnitConversion("degF", CanonicalUnits.DegreeCelsius, 5.0 / 9.0, -32 * 5.0 / 9.0));
        table.Add("°F", new UnitConversion("°F", CanonicalUnits.DegreeCelsius, 5.0 / 9.0, -32 * 5.0 / 9.0));
        table.Add("F", new UnitConversion("F", CanonicalUnits.DegreeCelsius, 5.0 / 9.0, -32 * 5.0 / 9.0));

        // Production count
        Add(CanonicalUnits.Unit, 1, "unit", "pcs");
        return table;
    }
}
