using ResourceMonitor.Contracts;
using ResourceMonitor.Edge.Inputs;

namespace ResourceMonitor.Edge.Tests.Inputs;

public sealed class MappingChecksTests
{
    private static IReadOnlyList<string> Errors(Action<MeterMappingOptions> configure)
    {
        var mapping = new MeterMappingOptions { Topic = "a/b", Format = "json", Meter = "m", Unit = "kW", Kind = ReadingKind.Gauge, Field = "v" };
        configure(mapping);
        MappingCompiler.Compile([mapping], new PayloadFormats(), out var errors);
        return errors;
    }

    [Theory]
    [InlineData("300..304")]
    [InlineData("..-9999")]
    [InlineData("1e9..")]
    [InlineData("-32768")]
    [InlineData("DS18B20")]
    public void Sentinel_entries_may_be_values_ranges_or_presets(string entry) => Assert.Empty(Errors(m => m.Sentinels = [entry]));

    [Theory]
    [InlineData("nope")]
    [InlineData("5..1")]
    [InlineData("..")]
    public void A_sentinel_entry_that_is_none_of_them_names_the_key_and_the_forms(string entry)
    {
        var error = Assert.Single(Errors(m => m.Sentinels = [entry]));

        Assert.Contains("Edge:Mappings:0", error, StringComparison.Ordinal);
        Assert.Contains($"Sentinels entry '{entry}'", error, StringComparison.Ordinal);
        Assert.Contains("ds18b20", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_status_field_needs_its_good_values() =>
        Assert.Contains("needs GoodStatus", Assert.Single(Errors(m => m.StatusField = "Quality")), StringComparison.Ordinal);

    [Fact]
    public void A_supply_on_a_unit_other_than_amperes_is_refused() =>
        Assert.Contains("for a current clamp (Unit A)", Assert.Single(Errors(m => m.Voltage = 230)), StringComparison.Ordinal);

    [Fact]
    public void Amperes_without_a_supply_are_refused_naming_the_keys() =>
        Assert.Contains("set Voltage, PhaseCount and PowerFactor", Assert.Single(Errors(m => m.Unit = "A")), StringComparison.Ordinal);

    [Fact]
    public void A_built_in_sentinel_applies_to_every_mapping_of_its_format()
    {
        var mapping = new MeterMappingOptions { Topic = "zigbee2mqtt/plug", Format = "zigbee2mqtt", Meter = "plug-power", Unit = "W", Kind = ReadingKind.Gauge, Field = "power" };
        var compiled = MappingCompiler.Compile([mapping], new PayloadFormats(), out _);
        var mapper = new MessageMapper(compiled, TimeZoneInfo.Utc, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);

        var result = mapper.Map("zigbee2mqtt/plug", """{"power": -32768}"""u8.ToArray(), DateTimeOffset.UnixEpoch);

        Assert.Empty(result.Values);
        Assert.Equal(RejectionCodes.Sentinel, Assert.Single(result.Rejections).Code);
    }
}
