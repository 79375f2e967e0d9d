using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Units;

namespace ResourceMonitor.Domain.Tests.Units;

public sealed class UnitResolverTests
{
    [Theory]
    [InlineData("Wh", 1500, "kWh", 1.5)]
    [InlineData("kWh", 1.5, "kWh", 1.5)]
    [InlineData("MWh", 1.5, "kWh", 1500)]
    [InlineData("GWh", 0.002, "kWh", 2000)]
    [InlineData("J", 3_600_000, "kWh", 1)]
    [InlineData("kJ", 3600, "kWh", 1)]
    [InlineData("MJ", 36, "kWh", 10)]
    [InlineData("GJ", 1, "kWh", 277.7777777778)]
    [InlineData("W", 2500, "kW", 2.5)]
    [InlineData("kW", 2.5, "kW", 2.5)]
    [InlineData("MW", 2.5, "kW", 2500)]
    [InlineData("L", 1234, "m3", 1.234)]
    [InlineData("l", 1234, "m3", 1.234)]
    [InlineData("m3", 7, "m3", 7)]
    [InlineData("m³", 7, "m3", 7)]
    [InlineData("gal", 100, "m3", 0.3785411784)]
    [InlineData("L/min", 10, "m3/h", 0.6)]
    [InlineData("l/min", 10, "m3/h", 0.6)]
    [InlineData("L/h", 500, "m3/h", 0.5)]
    [InlineData("l/h", 500, "m3/h", 0.5)]
    [InlineData("L/s", 1, "m3/h", 3.6)]
    [InlineData("l/s", 1, "m3/h", 3.6)]
    [InlineData("m3/h", 12.3, "m3/h", 12.3)]
    [InlineData("m³/h", 12.3, "m3/h", 12.3)]
    [InlineData("m3/min", 1, "m3/h", 60)]
    [InlineData("m³/min", 1, "m3/h", 60)]
    [InlineData("m3/s", 0.5, "m3/h", 1800)]
    [InlineData("m³/s", 0.5, "m3/h", 1800)]
    [InlineData("gal/min", 1, "m3/h", 0.227124707)]
    [InlineData("gpm", 1, "m3/h", 0.227124707)]
    [InlineData("g", 2500, "kg", 2.5)]
    [InlineData("kg", 2.5, "kg", 2.5)]
    [InlineData("t", 2.5, "kg", 2500)]
    [InlineData("kg/h", 40, "kg/h", 40)]
    [InlineData("kg/s", 1, "kg/h", 3600)]
    [InlineData("t/h", 1.2, "kg/h", 1200)]
    [InlineData("degC", 21.5, "degC", 21.5)]
    [InlineData("°C", 21.5, "degC", 21.5)]
    [InlineData("C", 21.5, "degC", 21.5)]
    [InlineData("degF", 212, "degC", 100)]
    [InlineData("°F", 32, "degC", 0)]
    [InlineData("F", 50, "degC", 10)]
    [InlineData("K", 273.15, "degC", 0)]
    [InlineData("unit", 17, "unit", 17)]
    [InlineData("pcs", 17, "unit", 17)]
    [InlineData("units", 17, "unit", 17)]
    [InlineData("therm", 1, "kWh", 29.3001111111)]
    [InlineData("therms", 2, "kWh", 58.6002222222)]
    [InlineData("thm", 1, "kWh", 29.3001111111)]
    [InlineData("MMBtu", 1, "kWh", 293.0710701722)]
    [InlineData("litre", 1000, "m3", 1)]
    [InlineData("litres", 1000, "m3", 1)]
    [InlineData("liter", 1000, "m3", 1)]
    [InlineData("liters", 1000, "m3", 1)]
    [InlineData("m^3", 7, "m3", 7)]
    [InlineData("cbm", 7, "m3", 7)]
    [InlineData("gallon", 100, "m3", 0.3785411784)]
    [InlineData("gallons", 100, "m3", 0.3785411784)]
    [InlineData("US gal", 100, "m3", 0.3785411784)]
    [InlineData("ft3", 100, "m3", 2.8316846592)]
    [InlineData("ft³", 100, "m3", 2.8316846592)]
    [InlineData("ft^3", 100, "m3", 2.8316846592)]
    [InlineData("cu ft", 100, "m3", 2.8316846592)]
    [InlineData("cf", 100, "m3", 2.8316846592)]
    [InlineData("ccf", 1, "m3", 2.8316846592)]
    [InlineData("lpm", 10, "m3/h", 0.6)]
    [InlineData("m^3/h", 12.3, "m3/h", 12.3)]
    [InlineData("m3h", 12.3, "m3/h", 12.3)]
    [InlineData("m3/hr", 12.3, "m3/h", 12.3)]
    [InlineData("ft3/min", 1, "m3/h", 1.69901079552)]
    [InlineData("cfm", 1, "m3/h", 1.69901079552)]
    [InlineData("ft3/h", 100, "m3/h", 2.8316846592)]
    [InlineData("cfh", 100, "m3/h", 2.8316846592)]
    [InlineData("tonne", 2.5, "kg", 2500)]
    [InlineData("tonnes", 2.5, "kg", 2500)]
    [InlineData("kg/min", 1, "kg/h", 60)]
    [InlineData("celsius", 21.5, "degC", 21.5)]
    [InlineData("kelvin", 273.15, "degC", 0)]
    [InlineData("fahrenheit", 212, "degC", 100)]
    public void Every_known_unit_converts_to_its_canonical_unit(string source, double value, string canonical, double expected)
    {
        var resolution = UnitResolver.Resolve(source, ReadingKind.Gauge);

        Assert.True(resolution.IsResolved, resolution.Error);
        Assert.Equal(canonical, resolution.Conversion!.CanonicalUnit);
        Assert.Equal(expected, resolution.Conversion.Apply(value), 6);
    }

    [Fact]
    public void Every_unit_in_the_table_is_covered_by_the_conversion_test()
    {
        var tested = typeof(UnitResolverTests).GetMethod(nameof(Every_known_unit_converts_to_its_canonical_unit))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).Single()[0]).ToHashSet(StringComparer.Ordinal);

        var untested = UnitTable.KnownUnits.Where(u => !tested.Contains(u)).ToList();
        Assert.True(untested.Count == 0, "untested units: " + string.Join(", ", untested));
    }

    [Fact]
    public void Every_unit_converts_to_a_canonical_unit_of_the_contract()
    {
        foreach (var unit in UnitTable.KnownUnits)
        {
            Assert.True(UnitTable.TryFind(unit, out var conversion));
            Assert.True(CanonicalUnits.IsCanonical(conversion.CanonicalUnit), unit);
        }
    }

    [Theory]
    [InlineData("kwh", "kWh", 1.5, 1.5)]
    [InlineData("KWH", "kWh", 1.5, 1.5)]
    [InlineData("mwh", "kWh", 1.5, 1500)]
    [InlineData(" M3 / H ", "m3/h", 2, 2)]
    [InlineData("L/MIN", "m3/h", 10, 0.6)]
    [InlineData("Therms", "kWh", 1, 29.3001111111)]
    public void Unit_names_are_read_case_insensitively_and_without_spaces(string unit, string canonical, double value, double expected)
    {
        var resolution = UnitResolver.Resolve(unit, ReadingKind.Gauge);

        Assert.True(resolution.IsResolved, resolution.Error);
        Assert.Equal(canonical, resolution.Conversion!.CanonicalUnit);
        Assert.Equal(expected, resolution.Conversion.Apply(value), 6);
    }

    [Theory]
    [InlineData("mW")]
    [InlineData("mWh")]
    [InlineData("mJ")]
    public void A_lower_case_milli_prefix_on_watts_or_joules_is_refused_rather_than_read_as_mega(string unit)
    {
        var resolution = UnitResolver.Resolve(unit, ReadingKind.Gauge);

        Assert.False(resolution.IsResolved);
        Assert.Contains("milli", resolution.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(230, 1, 1.0, 10, 2.3)]
    [InlineData(400, 3, 0.9, 10, 6.2353829072)]
    public void Amperes_become_estimated_kilowatts_with_the_configured_supply(double volts, int phases, double powerFactor, double amperes, double kilowatts)
    {
        var resolution = UnitResolver.Resolve("A", ReadingKind.Gauge, supply: new ElectricalSupply(volts, phases, powerFactor));

        Assert.True(resolution.IsResolved, resolution.Error);
        Assert.Equal("kW", resolution.Conversion!.CanonicalUnit);
        Assert.True(resolution.Conversion.IsEstimate);
        Assert.Equal(kilowatts, resolution.Conversion.Apply(amperes), 6);
    }

    [Theory]
    [InlineData(null, "set Voltage, PhaseCount and PowerFactor")]
    [InlineData(2, "PhaseCount 2 must be 1 or 3")]
    public void Amperes_without_a_valid_supply_are_a_configuration_error(int? phases, string expected)
    {
        var supply = phases is null ? null : new ElectricalSupply(230, phases.Value, 0.9);

        var resolution = UnitResolver.Resolve("amps", ReadingKind.Gauge, supply: supply);

        Assert.False(resolution.IsResolved);
        Assert.Contains(expected, resolution.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kwhr")]
    [InlineData("BTU")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unknown_unit_is_an_error_naming_the_known_ones(string? unit)
    {
        var resolution = UnitResolver.Resolve(unit, ReadingKind.Gauge);

        Assert.False(resolution.IsResolved);
        Assert.Contains("not known", resolution.Error, StringComparison.Ordinal);
        Assert.Contains("kWh", resolution.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("W")]
    [InlineData("m3/h")]
    [InlineData("degC")]
    public void A_counter_in_a_rate_or_temperature_unit_is_an_error(string unit)
    {
        var resolution = UnitResolver.Resolve(unit, ReadingKind.Counter);

        Assert.False(resolution.IsResolved);
        Assert.Contains("cumulative", resolution.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_that_does_not_reach_the_catalog_meters_unit_is_an_error()
    {
        var resolution = UnitResolver.Resolve("L", ReadingKind.Counter, expectedCanonical: "kWh");

        Assert.False(resolution.IsResolved);
        Assert.Contains("kWh", resolution.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scale_multiplies_before_the_unit_conversion()
    {
        var resolution = UnitResolver.Resolve("Wh", ReadingKind.Counter, "kWh", scale: 10);

        Assert.Equal(5, resolution.Conversion!.Apply(500), 9);
    }

    [Fact]
    public void A_scale_keeps_the_temperature_offset()
    {
        var resolution = UnitResolver.Resolve("K", ReadingKind.Gauge, scale: 0.1);

        Assert.Equal(0, resolution.Conversion!.Apply(2731.5), 9);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    public void A_zero_or_invalid_scale_is_an_error(double scale)
    {
        Assert.False(UnitResolver.Resolve("kWh", ReadingKind.Counter, scale: scale).IsResolved);
    }
}
