using System.Buffers;
using System.Text;
using ResourceMonitor.Contracts.Codec;

namespace ResourceMonitor.Contracts.Tests.Codec;

/// <summary>Concrete payloads that once made, or could make, a decoder throw; each must be refused with a reason.</summary>
public sealed class HostileInputTests
{
    public static TheoryData<string, byte[]> InvalidUtf8 => new()
    {
        // The message that stopped a park's intake (issue 11): a broken two-byte sequence inside the meter id.
        { "in a reading's string value", Bytes(BatchJson.Batch(BatchJson.GoodReading).Replace("hw-return", "hw-\u0001eturn", StringComparison.Ordinal), 0x01, [0xC3, 0x28]) },
        { "in the agent id", Bytes(BatchJson.Batch(BatchJson.GoodReading).Replace("edge-dyeing-01", "edge-\u0001", StringComparison.Ordinal), 0x01, [0xFF]) },
        { "in a key", Bytes(BatchJson.Batch(BatchJson.GoodReading).Replace("\"unit\"", "\"un\u0001it\"", StringComparison.Ordinal), 0x01, [0xFE]) },
        { "a sequence cut short", Bytes(BatchJson.Batch(BatchJson.GoodReading).Replace("counter", "count\u0001", StringComparison.Ordinal), 0x01, [0xE2, 0x82]) },
        { "an encoded surrogate", Bytes(BatchJson.Batch(BatchJson.GoodReading).Replace("kWh", "kW\u0001", StringComparison.Ordinal), 0x01, [0xED, 0xA0, 0x80]) },
        { "an overlong slash", Bytes(BatchJson.Batch(BatchJson.GoodReading).Replace("01JDQ", "01\u0001Q", StringComparison.Ordinal), 0x01, [0xC0, 0xAF]) },
    };

    [Theory]
    [MemberData(nameof(InvalidUtf8))]
    public void Invalid_utf8_anywhere_in_a_batch_is_malformed_json_not_an_exception(string where, byte[] payload)
    {
        var rejection = Assert.Single(new ReadingBatchCodec().Decode(payload).Rejections);

        Assert.True(rejection.Reason == RejectReason.MalformedJson, where);
        Assert.Contains("UTF-8", rejection.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_in_a_status_is_malformed_json()
    {
        var payload = Bytes("{\"state\":\"online\",\"ts\":\"2026-11-29T08:00:00Z\",\"agent\":\"a\",\"version\":\"1.\u0001\"}", 0x01, [0xC3, 0x28]);

        Assert.Null(AgentStatusCodec.Decode(new ReadOnlySequence<byte>(payload), out var rejection));
        Assert.Equal(RejectReason.MalformedJson, rejection!.Reason);
    }

    [Theory]
    [InlineData("\\ud800")]
    [InlineData("\\udc00x")]
    [InlineData("a\\ud800\\u0041")]
    public void An_escaped_lone_surrogate_is_malformed_json(string escaped)
    {
        var rejection = BatchJson.Refusal(BatchJson.Batch(BatchJson.Reading("meter", $"\"{escaped}\"")));

        Assert.Equal(RejectReason.MalformedJson, rejection.Reason);
        Assert.Contains("surrogate", rejection.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"v":1,"v":1,"agent":"a","batch":"b","readings":[]}""", "$.v")]
    [InlineData("""{"v":1,"agent":"a","batch":"b","agent":"evil","readings":[]}""", "$.agent")]
    [InlineData("""{"v":1,"agent":"a","batch":"b","readings":[{"meter":"m","ts":"2026-11-29T08:00:00Z","value":1,"value":-1,"unit":"kWh","kind":"counter"}]}""", "$.readings[0].value")]
    [InlineData("""{"v":1,"agent":"a","batch":"b","readings":[{"meter":"m","ts":"2026-11-29T08:00:00Z","value":1,"unit":"kWh","kind":"counter"},{"meter":"m","ts":"2026-11-29T08:00:00Z","value":1,"unit":"kWh","kind":"counter","\u006bind":"gauge"}]}""", "$.readings[1].kind")]
    public void A_key_given_twice_refuses_the_message_naming_where(string json, string path)
    {
        var rejection = BatchJson.Refusal(json);

        Assert.Equal(RejectReason.DuplicateKey, rejection.Reason);
        Assert.Equal(path, rejection.Path);
    }

    [Fact]
    public void The_same_key_in_sibling_objects_is_no_duplicate()
    {
        var result = BatchJson.Decode(BatchJson.Batch(BatchJson.GoodReading, BatchJson.GoodReading.Replace("08:00", "08:01", StringComparison.Ordinal)));

        Assert.Empty(result.Rejections);
        Assert.Equal(2, result.Batch!.Readings.Count);
    }

    [Fact]
    public void A_duplicate_key_in_a_status_is_refused()
    {
        var json = """{"state":"online","ts":"2026-11-29T08:00:00Z","agent":"a","state":"offline"}""";

        Assert.Null(AgentStatusCodec.Decode(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(json)), out var rejection));
        Assert.Equal(RejectReason.DuplicateKey, rejection!.Reason);
        Assert.Equal("$.state", rejection.Path);
    }

    [Fact]
    public void A_byte_order_mark_is_malformed_json_that_says_so()
    {
        var payload = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(BatchJson.Batch(BatchJson.GoodReading))).ToArray();

        var rejection = Assert.Single(new ReadingBatchCodec().Decode(payload).Rejections);

        Assert.Equal(RejectReason.MalformedJson, rejection.Reason);
        Assert.Contains("byte order mark", rejection.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e400", RejectReason.NonFiniteValue)]
    [InlineData("-1e400", RejectReason.NonFiniteValue)]
    [InlineData("1e-400", null)]
    [InlineData("-0", null)]
    [InlineData("0e0", null)]
    [InlineData("123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890", RejectReason.OutOfRange)]
    public void Odd_numbers_are_read_or_refused_with_a_reason(string number, RejectReason? expected)
    {
        var result = BatchJson.Decode(BatchJson.Batch(BatchJson.Reading("value", number)));

        Assert.Equal(expected, result.Rejections.SingleOrDefault()?.Reason);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("\"NaN\"")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public void Spelled_out_non_numbers_are_refused(string value)
    {
        var result = BatchJson.Decode(BatchJson.Batch(BatchJson.Reading("value", value)));

        Assert.Contains(Assert.Single(result.Rejections).Reason, new[] { RejectReason.MalformedJson, RejectReason.WrongType });
    }

    [Theory]
    [InlineData("""{"v":1,"agent":"a","batch":"b","readings":[null]}""", RejectReason.WrongShape)]
    [InlineData("""{"v":1,"agent":null,"batch":"b","readings":[]}""", RejectReason.WrongType)]
    [InlineData("""{"v":null,"agent":"a","batch":"b","readings":[]}""", RejectReason.WrongType)]
    [InlineData("""{"v":1,"agent":"a","batch":"b","readings":null}""", RejectReason.WrongType)]
    public void Null_where_a_value_is_expected_is_refused(string json, RejectReason expected)
    {
        Assert.Equal(expected, BatchJson.Decode(json).Rejections[0].Reason);
    }

    [Fact]
    public void An_empty_payload_is_malformed_json_for_every_decoder()
    {
        var empty = ReadOnlySequence<byte>.Empty;

        Assert.Equal(RejectReason.MalformedJson, Assert.Single(new ReadingBatchCodec().Decode(empty).Rejections).Reason);
        Assert.Null(AgentStatusCodec.Decode(empty, out var status));
        Assert.Equal(RejectReason.MalformedJson, status!.Reason);
        Assert.Null(RejectionNoticeCodec.Decode(empty, out var notice));
        Assert.Equal(RejectReason.MalformedJson, notice!.Reason);
    }

    [Fact]
    public void A_payload_split_across_segments_with_a_character_cut_in_two_decodes()
    {
        var json = Encoding.UTF8.GetBytes("""{"state":"online","ts":"2026-11-29T08:00:00Z","agent":"a","version":"1.0-ü"}""");
        var cut = Array.IndexOf(json, (byte)0xC3) + 1;

        var decoded = AgentStatusCodec.Decode(Segments.Split(json, cut), out var rejection);

        Assert.Null(rejection);
        Assert.Equal("1.0-ü", decoded!.AgentVersion);
    }

    /// <summary>The UTF-8 of <paramref name="json"/> with each <paramref name="marker"/> byte replaced by <paramref name="raw"/>.</summary>
    private static byte[] Bytes(string json, byte marker, byte[] raw)
    {
        var result = new List<byte>();
        foreach (var b in Encoding.UTF8.GetBytes(json))
        {
            if (b == marker)
            {
                result.AddRange(raw);
            }
            else
            {
                result.Add(b);
            }
        }

        return result.ToArray();
    }
}
