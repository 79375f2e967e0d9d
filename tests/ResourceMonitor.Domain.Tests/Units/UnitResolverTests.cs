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
    [InlineData("kwh")]
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
