using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using ResourceMonitor.Contracts;
using ResourceMonitor.Edge.Inputs;

namespace ResourceMonitor.Edge.Tests.Inputs;

public sealed class MessageMapperTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_format_that_throws_rejects_its_value_with_a_reason_and_the_other_mappings_still_read_the_message()
    {
        var formats = new PayloadFormats();
        var mappings = MappingCompiler.Compile(
            [
                new MeterMappingOptions { Topic = "plant/meter", Format = "plain", Meter = "good-meter", Unit = "kWh", Kind = ReadingKind.Counter },
                new MeterMappingOptions { Topic = "plant/meter", Format = "plain", Meter = "broken-meter", Unit = "kWh", Kind = ReadingKind.Counter },
            ],
            formats,
            out var compileErrors);
        Assert.Empty(compileErrors);
        var broken = mappings[1] with { Format = new ThrowingFormat() };
        var logger = new FakeLogger();
        var mapper = new MessageMapper([mappings[0], broken], TimeZoneInfo.Utc, logger);

        var result = mapper.Map("plant/meter", "42.5"u8.ToArray(), Now);
        var next = mapper.Map("plant/meter", "43"u8.ToArray(), Now);

        Assert.Equal("good-meter", Assert.Single(result.Values).Binding.Meter);
        Assert.Contains("InvalidOperationException", Assert.Single(result.Rejections).Text, StringComparison.Ordinal);
        Assert.Single(next.Values);
        Assert.Single(next.Rejections);
        var errors = logger.Collector.GetSnapshot().Where(r => r.Level >= LogLevel.Error).ToList();
        Assert.Equal(2, errors.Count); // once per message
        Assert.All(errors, e => Assert.Equal((3410, typeof(InvalidOperationException)), (e.Id.Id, e.Exception!.GetType())));
    }

    [Fact]
    public void A_message_on_a_subscribed_topic_that_no_mapping_takes_is_reported_unmapped_with_each_mappings_reason()
    {
        var mapper = Mapper(
            new MeterMappingOptions { Topic = "rtl_433/+/events", Format = "json", Meter = "meter-a", Unit = "kWh", Kind = ReadingKind.Counter, Field = "Consumption", Match = new() { ["id"] = "69474676" } },
            new MeterMappingOptions { Topic = "rtl_433/+/events", Format = "json", Meter = "meter-b", Unit = "kWh", Kind = ReadingKind.Counter, Field = "Consumption", Match = new() { ["id"] = "4198071" } });

        var taken = mapper.Map("rtl_433/gw/events", """{"id":69474676,"Consumption":4341297}"""u8.ToArray(), Now);
        var passedOver = mapper.Map("rtl_433/gw/events", """{"id":22156702,"Consumption":98702}"""u8.ToArray(), Now);
        var otherTopic = mapper.Map("rtl_433/gw/states", "{}"u8.ToArray(), Now);

        Assert.Equal(("meter-a", 4341297.0, (string?)null), (Assert.Single(taken.Values).Binding.Meter, taken.Values[0].Value, taken.Unmapped));
        Assert.Empty(passedOver.Values);
        Assert.Empty(passedOver.Rejections);
        Assert.Equal("no mapping took this message (meter meter-a: 'id' is 22156702, Match wants '69474676'; meter meter-b: 'id' is 22156702, Match wants '4198071')", passedOver.Unmapped);
        Assert.Equal("no mapping matches topic 'rtl_433/gw/states'", otherTopic.Unmapped);
    }

    [Fact]
    public void Match_compares_numbers_as_numbers_and_needs_a_json_object()
    {
        var mapper = Mapper(new MeterMappingOptions { Topic = "wm", Format = "json", Meter = "meter-a", Unit = "m3", Kind = ReadingKind.Counter, Field = "total_m3", Match = new() { ["id"] = "076348799" } });

        var number = mapper.Map("wm", """{"id":76348799,"total_m3":6.408}"""u8.ToArray(), Now);
        var text = mapper.Map("wm", """{"id":"76348799","total_m3":6.408}"""u8.ToArray(), Now);
        var notJson = mapper.Map("wm", "6.408"u8.ToArray(), Now);

        Assert.Single(number.Values);
        Assert.Empty(text.Values); // the string "76348799" is not the configured text "076348799"
        Assert.Contains("Match needs a JSON object payload", notJson.Unmapped, StringComparison.Ordinal);
    }

    private static MessageMapper Mapper(params MeterMappingOptions[] options)
    {
        var mappings = MappingCompiler.Compile(options, new PayloadFormats(), out var errors);
        Assert.Empty(errors);
        return new MessageMapper(mappings, TimeZoneInfo.Utc, new FakeLogger());
    }

    /// <summary>A format with a bug.</summary>
    private sealed class ThrowingFormat : IPayloadFormat
    {
        public string Name => "throwing";

        public string? Validate(MeterMappingOptions mapping) => null;

        public Extraction Extract(ReadOnlyMemory<byte> payload, MeterMappingOptions mapping, TimeZoneInfo zone) =>
            throw new InvalidOperationException("a format bug");
    }
}
