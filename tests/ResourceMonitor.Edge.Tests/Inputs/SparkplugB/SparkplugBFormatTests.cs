using ResourceMonitor.Contracts;
using ResourceMonitor.Edge.Inputs;

namespace ResourceMonitor.Edge.Tests.Inputs.SparkplugB;

public sealed class SparkplugBFormatTests
{
    [Theory]
    [InlineData("spBv1.0/dyeing/NDATA/plc-01", "must be spBv1.0/<group>/+/<edge node>")]
    [InlineData("spBv1.0/dyeing/+/+", "must be spBv1.0/<group>/+/<edge node>")]
    [InlineData("spBv1.0/dyeing/+/plc-01/#", "must be spBv1.0/<group>/+/<edge node>")]
    [InlineData("spBv1.0/+/plc-01", "must be spBv1.0/<group>/+/<edge node>")]
    public void A_mapping_topic_that_is_not_one_node_or_device_fails_start_up_naming_the_key(string topic, string error)
    {
        MappingCompiler.Compile([Mapping(topic, "Energy")], new PayloadFormats(), out var errors);

        Assert.StartsWith("Edge:Mappings:0 (line-3-energy): Topic", Assert.Single(errors), StringComparison.Ordinal);
        Assert.Contains(error, errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_mapping_without_the_metric_name_fails_start_up()
    {
        MappingCompiler.Compile([Mapping("spBv1.0/dyeing/+/plc-01/em-3", null)], new PayloadFormats(), out var errors);

        Assert.Contains("Field must name the Sparkplug metric", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Match_and_Phase_are_refused_because_a_metric_is_picked_by_topic_and_name()
    {
        var mapping = Mapping("spBv1.0/dyeing/+/plc-01/em-3", "Energy");
        mapping.Match = new Dictionary<string, string> { ["id"] = "7" };

        MappingCompiler.Compile([mapping], new PayloadFormats(), out var errors);

        Assert.Contains("Phase and Match read JSON payloads", Assert.Single(errors), StringComparison.Ordinal);
    }

    private static MeterMappingOptions Mapping(string topic, string? field) =>
        new() { Topic = topic, Format = "sparkplug-b", Meter = "line-3-energy", Unit = "kWh", Kind = ReadingKind.Counter, Field = field };
}
