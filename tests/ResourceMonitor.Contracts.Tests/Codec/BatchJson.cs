using System.Text;
using ResourceMonitor.Contracts.Codec;

namespace ResourceMonitor.Contracts.Tests.Codec;

/// <summary>Builds v1 payloads for codec tests: a valid batch around the readings a test varies.</summary>
internal static class BatchJson
{
    public const string GoodReading = """{"meter":"hw-return","ts":"2026-11-29T08:00:00.000Z","value":1234.5,"unit":"kWh","kind":"counter"}""";

    public static string Batch(params string[] readings) =>
        $$"""{"v":1,"agent":"edge-dyeing-01","batch":"01JDQ8ZX3K7V9T2M4N6P8R0S1W","readings":[{{string.Join(",", readings)}}]}""";

    /// <summary>A reading with one field replaced by raw JSON (or removed when <paramref name="rawValue"/> is null).</summary>
    public static string Reading(string field, string? rawValue)
    {
        var fields = new Dictionary<string, string>
        {
            ["meter"] = "\"hw-return\"",
            ["ts"] = "\"2026-11-29T08:00:00.000Z\"",
            ["value"] = "1234.5",
            ["unit"] = "\"kWh\"",
            ["kind"] = "\"counter\"",
        };
        if (rawValue is null)
        {
            fields.Remove(field);
        }
        else
        {
            fields[field] = rawValue;
        }

        return "{" + string.Join(",", fields.Select(kv => $"\"{kv.Key}\":{kv.Value}")) + "}";
    }

    public static string Gauge(string unit, string value) =>
        $$"""{"meter":"effluent-flow","ts":"2026-11-29T08:00:00.000Z","value":{{value}},"unit":"{{unit}}","kind":"gauge"}""";

    public static BatchDecodeResult Decode(string json) => new ReadingBatchCodec().Decode(Encoding.UTF8.GetBytes(json));

    /// <summary>Decodes a batch holding <paramref name="reading"/> and returns the single rejection of that reading.</summary>
    public static Rejection RejectionOf(string reading)
    {
        var result = Decode(Batch(reading));
        Assert.False(result.IsRejected, $"the batch itself was refused: {string.Join("; ", result.Rejections)}");
        Assert.Empty(result.Batch!.Readings);
        return Assert.Single(result.Rejections);
    }

    /// <summary>Decodes a batch holding <paramref name="reading"/> and returns it, failing with the rejections when refused.</summary>
    public static Reading Accepted(string reading)
    {
        var result = Decode(Batch(reading));
        Assert.True(result.Rejections.Count == 0, string.Join("; ", result.Rejections));
        return Assert.Single(result.Batch!.Readings);
    }

    /// <summary>The rejection of a message refused as a whole.</summary>
    public static Rejection Refusal(string json)
    {
        var result = Decode(json);
        Assert.True(result.IsRejected, "the message was expected to be refused as a whole");
        return Assert.Single(result.Rejections);
    }
}
