using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using ResourceMonitor.Edge.Cli;
using ResourceMonitor.Edge.Inputs;

namespace ResourceMonitor.Edge.Tests.Inputs;

public sealed class FormatTestdataTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in FormatCase.All())
        {
            data.Add(c.ToString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_testdata_case_maps_its_payload_to_the_expected_readings(string name)
    {
        var c = FormatCase.All().Single(x => x.ToString() == name);
        var options = c.LoadOptions();
        var compiled = MappingCompiler.Compile(options.Mappings, new PayloadFormats(), out var errors);
        Assert.Empty(errors);
        using var errorText = new StringWriter();

        var readings = MapCommand.MapOnce(compiled, options.ResolveTimeZone(), c.Topic, c.Payload, new FakeTimeProvider(c.ReceiveTime), errorText);

        var expected = c.ExpectedLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var actual = readings.Select(r => JsonDocument.Parse(ReadingJson.Format(r)).RootElement).ToList();
        Assert.True(expected.Count == actual.Count, $"expected {expected.Count} readings, got {actual.Count}: {string.Join(" ", actual)}; rejections: {errorText}");
        for (var i = 0; i < expected.Count; i++)
        {
            AssertSameReading(expected[i], actual[i]);
        }

        foreach (var rejection in c.ExpectedRejections)
        {
            Assert.Contains(rejection, errorText.ToString(), StringComparison.Ordinal);
        }

        if (c.ExpectedRejections.Count == 0)
        {
            Assert.Equal(string.Empty, errorText.ToString());
        }
    }

    private static void AssertSameReading(JsonElement expected, JsonElement actual)
    {
        foreach (var field in new[] { "meter", "ts", "unit", "kind" })
        {
            Assert.Equal(expected.GetProperty(field).GetString(), actual.GetProperty(field).GetString());
        }

        Assert.Equal(expected.GetProperty("value").GetDouble(), actual.GetProperty("value").GetDouble(), 6);
        var expectedQuality = expected.TryGetProperty("quality", out var q) ? q.GetString() : null;
        var actualQuality = actual.TryGetProperty("quality", out var a) ? a.GetString() : null;
        Assert.Equal(expectedQuality, actualQuality);
    }
}
