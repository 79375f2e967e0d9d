using System.Buffers;
using System.Text;
using System.Text.Json;
using ResourceMonitor.Contracts.Codec;

namespace ResourceMonitor.Contracts.Tests.Codec;

public sealed class RejectionNoticeCodecTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 29, 8, 0, 0, 500, TimeSpan.Zero);

    [Fact]
    public void A_notice_round_trips_with_every_rejection()
    {
        var notice = new RejectionNotice("rm/v1/hiep-phuoc/dyeing/readings", "01JDQ8ZX3K7V9T2M4N6P8R0S1W", "edge-dyeing-01", T0,
            [new Rejection(RejectReason.NegativeCounter, "counter register -1 is negative", "$.readings[2].value"), new Rejection(RejectReason.UnknownMeter, "meter 'x' is not in the catalog")],
            AcceptedReadings: 7);

        var decoded = RejectionNoticeCodec.Decode(new ReadOnlySequence<byte>(RejectionNoticeCodec.Encode(notice)));

        Assert.Equal(notice.Topic, decoded.Topic);
        Assert.Equal(notice.BatchId, decoded.BatchId);
        Assert.Equal(notice.Agent, decoded.Agent);
        Assert.Equal(notice.Timestamp, decoded.Timestamp);
        Assert.Equal(notice.AcceptedReadings, decoded.AcceptedReadings);
        Assert.Equal(notice.Rejections, decoded.Rejections);
    }

    [Fact]
    public void A_notice_for_an_unreadable_message_has_null_batch_and_agent()
    {
        var notice = new RejectionNotice("rm/v1/p/q/readings", null, null, T0, [new Rejection(RejectReason.MalformedJson, "not json")], 0);

        var json = Encoding.UTF8.GetString(RejectionNoticeCodec.Encode(notice));
        var decoded = RejectionNoticeCodec.Decode(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(json)));

        Assert.Contains("\"batch\":null", json, StringComparison.Ordinal);
        Assert.Contains("\"reason\":\"malformed_json\"", json, StringComparison.Ordinal);
        Assert.Null(decoded.BatchId);
        Assert.Null(decoded.Agent);
        Assert.Null(Assert.Single(decoded.Rejections).Path);
    }

    [Fact]
    public void An_unknown_reason_code_is_a_format_error()
    {
        var json = """{"topic":"t","batch":null,"agent":null,"ts":"2026-11-29T08:00:00Z","accepted":0,"rejections":[{"reason":"cosmic_ray","detail":"d","path":null}]}""";

        Assert.Throws<FormatException>(() => RejectionNoticeCodec.Decode(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(json))));
    }

    [Fact]
    public void Garbage_is_a_json_error()
    {
        Assert.ThrowsAny<JsonException>(() => RejectionNoticeCodec.Decode(new ReadOnlySequence<byte>("{"u8.ToArray())));
    }
}
