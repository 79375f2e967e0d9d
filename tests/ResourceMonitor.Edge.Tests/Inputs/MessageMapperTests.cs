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

    /// <summary>A format with a bug.</summary>
    private sealed class ThrowingFormat : IPayloadFormat
    {
        public string Name => "throwing";

        public string? Validate(MeterMappingOptions mapping) => null;

        public Extraction Extract(ReadOnlyMemory<byte> payload, MeterMappingOptions mapping, TimeZoneInfo zone) =>
            throw new InvalidOperationException("a format bug");
    }
}
