using ResourceMonitor.Contracts;
using ResourceMonitor.Edge.Inputs;

namespace ResourceMonitor.Edge.Tests.Inputs;

public sealed class MappingCompilerTests
{
    private static MeterMappingOptions Mapping(string unit, ReadingKind kind, string format = "plain") =>
        new() { Topic = "a/b", Format = format, Meter = "m1", Unit = unit, Kind = kind };

    [Fact]
    public void An_unknown_unit_is_a_start_up_error_naming_the_key()
    {
        MappingCompiler.Compile([Mapping("BTU", ReadingKind.Gauge)], new PayloadFormats(), out var errors);

        Assert.Contains(errors, e => e.Contains("Edge:Mappings:0:Unit", StringComparison.Ordinal) && e.Contains("BTU", StringComparison.Ordinal));
    }

    [Fact]
    public void A_counter_in_a_rate_unit_is_a_start_up_error()
    {
        MappingCompiler.Compile([Mapping("W", ReadingKind.Counter)], new PayloadFormats(), out var errors);

        Assert.Contains(errors, e => e.Contains("cumulative", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_format_is_a_start_up_error_listing_the_known_ones()
    {
        MappingCompiler.Compile([Mapping("kWh", ReadingKind.Counter, "modbus")], new PayloadFormats(), out var errors);

        Assert.Contains(errors, e => e.Contains("tasmota", StringComparison.Ordinal) && e.Contains("Format", StringComparison.Ordinal));
    }

    [Fact]
    public void The_register_maximum_is_converted_like_the_values()
    {
        var mapping = Mapping("Wh", ReadingKind.Counter);
        mapping.RegisterMax = 100_000_000;

        var compiled = MappingCompiler.Compile([mapping], new PayloadFormats(), out _);

        Assert.Equal(100_000, compiled[0].Binding.Counter.RegisterMax!.Value, 9);
    }

    [Theory]
    [InlineData("shelly-gen1", "shellies/shellyem-B9F1A2/emeter/+/power")]
    [InlineData("esphome", "boiler-house/sensor/#")]
    [InlineData("plain", "factory/+/steam_kg")]
    public void A_wildcard_topic_for_bare_number_payloads_is_a_start_up_error_because_it_mixes_channels(string format, string topic)
    {
        var mapping = Mapping("W", ReadingKind.Gauge, format);
        mapping.Topic = topic;

        MappingCompiler.Compile([mapping], new PayloadFormats(), out var errors);

        Assert.Contains(errors, e => e.Contains("Edge:Mappings:0", StringComparison.Ordinal) && e.Contains("one mapping per topic", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wildcard_topic_for_a_shelly_gen1_status_document_is_fine_because_the_field_names_the_channel()
    {
        var mapping = Mapping("Wh", ReadingKind.Counter, "shelly-gen1");
        mapping.Topic = "gateway/+/status";
        mapping.Field = "emeters[1].total";

        var compiled = MappingCompiler.Compile([mapping], new PayloadFormats(), out var errors);

        Assert.Empty(errors);
        Assert.Single(compiled);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("17")]
    [InlineData("L2")]
    [InlineData("average")]
    public void A_phase_that_is_neither_a_phase_number_nor_sum_is_a_start_up_error(string phase)
    {
        var mapping = Mapping("W", ReadingKind.Gauge, "tasmota");
        mapping.Phase = phase;

        MappingCompiler.Compile([mapping], new PayloadFormats(), out var errors);

        Assert.Contains(errors, e => e.Contains("Edge:Mappings:0:Phase", StringComparison.Ordinal) && e.Contains(phase, StringComparison.Ordinal));
    }

    [Fact]
    public void Match_on_a_bare_number_payload_is_a_start_up_error()
    {
        var mapping = Mapping("kWh", ReadingKind.Counter);
        mapping.Match = new Dictionary<string, string> { ["id"] = "12345678" };

        MappingCompiler.Compile([mapping], new PayloadFormats(), out var errors);

        Assert.Contains(errors, e => e.Contains("Match", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("zigbee2mqtt/plug", "zigbee2mqtt/+", true)]
    [InlineData("shellies/em/emeter/1/power", "shellies/+/emeter/+/power", true)]
    [InlineData("tele/a/SENSOR", "tele/#", true)]
    [InlineData("tele/a/STATE", "tele/+/SENSOR", false)]
    [InlineData("tele/a/SENSOR/x", "tele/+/SENSOR", false)]
    public void Topic_filters_follow_mqtt_wildcards(string topic, string filter, bool matches)
    {
        Assert.Equal(matches, TopicFilter.Matches(filter, topic));
    }
}
