using ResourceMonitor.Contracts;

namespace ResourceMonitor.Domain.Units;

/// <summary>
/// The source units the edge agent understands and how each converts to a canonical unit of the v1 contract. Names are
/// matched case-insensitively and ignoring spaces, with common spellings (<c>kwh</c>, <c>m³</c>, <c>m^3</c>, <c>m3h</c>,
/// <c>litres</c>, <c>tonnes</c>); see <see cref="UnitName"/>. Amperes are not here: they need a supply voltage
/// (<see cref="ElectricalSupply"/>).
/// </summary>
public static class UnitTable
{
    private const double SecondsPerHour = 3600;
    private const double MinutesPerHour = 60;
    private const double LitresPerUsGallon = 3.785411784;
    private const double CubicMetresPerCubicFoot = 0.028316846592;
    private const double KilowattHoursPerMegajoule = 1 / 3.6;

    /// <summary>The US therm (ASTM/NIST: 100,000 BTU(59 °F) = 105.4804 MJ), in kWh; the unit US gas utilities bill.</summary>
    private const double KilowattHoursPerTherm = 105.4804 * KilowattHoursPerMegajoule;

    /// <summary>One million BTU (IT) = 1,055.05585262 MJ, in kWh.</summary>
    private const double KilowattHoursPerMmbtu = 1055.05585262 * KilowattHoursPerMegajoule;

    // Initialised in this order: Build fills Primary and Spellings.
    private static readonly List<string> Primary = [];
    private static readonly Dictionary<string, string[]> Spellings = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, UnitConversion> Conversions = Build();

    /// <summary>Every source unit name this table converts (primary names and their spellings).</summary>
    public static IReadOnlyCollection<string> KnownUnits { get; } = Spellings.SelectMany(kv => kv.Value.Prepend(kv.Key)).ToArray();

    /// <summary>The primary name of each unit, for messages.</summary>
    public static IReadOnlyList<string> PrimaryUnits => Primary;

    /// <summary>Finds the conversion of <paramref name="sourceUnit"/>; false when the unit is unknown or ambiguous (<c>mW</c>: milli or mega).</summary>
    public static bool TryFind(string? sourceUnit, out UnitConversion conversion)
    {
        conversion = null!;
        return UnitName.Key(sourceUnit) is { } key && Conversions.TryGetValue(key, out conversion!);
    }

    private static Dictionary<string, UnitConversion> Build()
    {
        var table = new Dictionary<string, UnitConversion>(StringComparer.Ordinal);
        void Add(string canonical, double factor, string name, params string[] aliases) => AddLinear(new UnitConversion(name, canonical, factor), aliases);
        void AddLinear(UnitConversion conversion, params string[] aliases)
        {
            Primary.Add(conversion.SourceUnit);
            Spellings[conversion.SourceUnit] = aliases;
            foreach (var name in aliases.Prepend(conversion.SourceUnit))
            {
                // Spellings that compare equal (m³ and m3) are listed for readers; a key naming two conversions is a bug.
                var key = UnitName.Key(name)!;
                if (!table.TryAdd(key, conversion) && !ReferenceEquals(table[key], conversion))
                {
                    throw new InvalidOperationException($"unit name '{name}' is given to two conversions");
                }
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
        Add(CanonicalUnits.KilowattHour, KilowattHoursPerTherm, "therm", "therms", "thm");
        Add(CanonicalUnits.KilowattHour, KilowattHoursPerMmbtu, "MMBtu");

        // Power → kW
        Add(CanonicalUnits.Kilowatt, 1e-3, "W");
        Add(CanonicalUnits.Kilowatt, 1, "kW");
        Add(CanonicalUnits.Kilowatt, 1e3, "MW");

        // Volume → m3
        Add(CanonicalUnits.CubicMetre, 1e-3, "L", "litre", "litres", "liter", "liters");
        Add(CanonicalUnits.CubicMetre, 1, "m3", "m³", "m^3", "cbm");
        Add(CanonicalUnits.CubicMetre, LitresPerUsGallon * 1e-3, "gal", "gallon", "gallons", "US gal");
        Add(CanonicalUnits.CubicMetre, CubicMetresPerCubicFoot, "ft3", "ft³", "ft^3", "cu ft", "cf");
        Add(CanonicalUnits.CubicMetre, CubicMetresPerCubicFoot * 100, "ccf");

        // Volume flow → m3/h
        Add(CanonicalUnits.CubicMetrePerHour, 1e-3 * MinutesPerHour, "L/min", "lpm");
        Add(CanonicalUnits.CubicMetrePerHour, 1e-3, "L/h");
        Add(CanonicalUnits.CubicMetrePerHour, 1e-3 * SecondsPerHour, "L/s");
        Add(CanonicalUnits.CubicMetrePerHour, 1, "m3/h", "m³/h", "m^3/h", "m3h", "m3/hr");
        Add(CanonicalUnits.CubicMetrePerHour, MinutesPerHour, "m3/min", "m³/min");
        Add(CanonicalUnits.CubicMetrePerHour, SecondsPerHour, "m3/s", "m³/s");
        Add(CanonicalUnits.CubicMetrePerHour, LitresPerUsGallon * 1e-3 * MinutesPerHour, "gal/min", "gpm");
        Add(CanonicalUnits.CubicMetrePerHour, CubicMetresPerCubicFoot * MinutesPerHour, "ft3/min", "cfm");
        Add(CanonicalUnits.CubicMetrePerHour, CubicMetresPerCubicFoot, "ft3/h", "cfh");

        // Mass → kg
        Add(CanonicalUnits.Kilogram, 1e-3, "g");
        Add(CanonicalUnits.Kilogram, 1, "kg");
        Add(CanonicalUnits.Kilogram, 1e3, "t", "tonne", "tonnes");

        // Mass flow → kg/h
        Add(CanonicalUnits.KilogramPerHour, 1, "kg/h");
        Add(CanonicalUnits.KilogramPerHour, MinutesPerHour, "kg/min");
        Add(CanonicalUnits.KilogramPerHour, SecondsPerHour, "kg/s");
        Add(CanonicalUnits.KilogramPerHour, 1e3, "t/h");

        // Temperature → degC
        Add(CanonicalUnits.DegreeCelsius, 1, "degC", "°C", "C", "celsius");
        AddLinear(new UnitConversion("K", CanonicalUnits.DegreeCelsius, 1, -273.15), "kelvin");
        AddLinear(new UnitConversion("degF", CanonicalUnits.DegreeCelsius, 5.0 / 9.0, -32 * 5.0 / 9.0), "°F", "F", "fahrenheit");

        // Production count
        Add(CanonicalUnits.Unit, 1, "unit", "units", "pcs");
        return table;
    }
}
