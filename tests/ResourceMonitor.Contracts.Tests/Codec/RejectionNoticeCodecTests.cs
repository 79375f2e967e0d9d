using System.Buffers;
using System.Text;
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

        var decoded = Decode(RejectionNoticeCodec.Encode(notice), out var rejection)!;

        Assert.Null(rejection);
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
        var decoded = Decode(Encoding.UTF8.GetBytes(json), out _)!;

        Assert.Contains("\"batch\":null", json, StringComparison.Ordinal);
        Assert.Contains("\"reason\":\"malformed_json\"", json, StringComparison.Ordinal);
        Assert.Null(decoded.BatchId);
        Assert.Null(decoded.Agent);
        Assert.Null(Assert.Single(decoded.Rejections).Path);
    }

    [Fact]
    public void An_accepted_count_that_is_not_a_number_is_refused_not_thrown()
    {
        // Found by the AFL++ run (rejection-notice target): TryGetInt32 on an array threw InvalidOperationException.
        var json = """{ "topic": "", "ts": "2026-11-29T08:00:00Z", "accepted": [ { "reason": "negative_counter" } ], "rejections": [] }""";

        var decoded = Decode(Encoding.UTF8.GetBytes(json), out var rejection);

        Assert.Null(decoded);
        Assert.Equal(RejectReason.WrongType, rejection!.Reason);
        Assert.Equal("$.accepted", rejection.Path);
    }

    [Fact]
    public void An_unknown_reason_code_is_refused_naming_it()
    {
        var json = """{"topic":"t","batch":null,"agent":null,"ts":"2026-11-29T08:00:00Z","accepted":0,"rejections":[{"reason":"cosmic_ray","detail":"d","path":null}]}""";

        Assert.Null(Decode(Encoding.UTF8.GetBytes(json), out var rejection));
        Assert.Equal("$.rejections[0].reason", rejection!.Path);
        Assert.Contains("cosmic_ray", rejection.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{", RejectReason.MalformedJson, null)]
    [InlineData("[]", RejectReason.WrongShape, "$")]
    [InlineData("""{"batch":null,"agent":null,"ts":"2026-11-29T08:00:00Z","accepted":0,"rejections":[]}""", RejectReason.MissingField, "$.topic")]
    [InlineData("""{"topic":"t","ts":"yesterday","accepted":0,"rejections":[]}""", RejectReason.InvalidTimestamp, "$.ts")]
    [InlineData("""{"topic":"t","ts":"2026-11-29T08:00:00Z","accepted":-1,"rejections":[]}""", RejectReason.WrongType, "$.accepted")]
    [InlineData("""{"topic":"t","ts":"2026-11-29T08:00:00Z","accepted":1e400,"rejections":[]}""", RejectReason.WrongType, "$.accepted")]
    [InlineData("""{"topic":"t","ts":"2026-11-29T08:00:00Z","accepted":0,"rejections":null}""", RejectReason.WrongType, "$.rejections")]
    [InlineData("""{"topic":"t","ts":"2026-11-29T08:00:00Z","accepted":0,"rejections":[7]}""", RejectReason.WrongShape, "$.rejections[0]")]
    [InlineData("""{"topic":"t","ts":"2026-11-29T08:00:00Z","accepted":0,"rejections":[{"reason":"too_deep"}]}""", RejectReason.MissingField, "$.rejections[0].detail")]
    [InlineData("""{"topic":"t","ts":"2026-11-29T08:00:00Z","accepted":0,"rejections":[{"reason":"too_deep","detail":"d","detail":"e"}]}""", RejectReason.DuplicateKey, "$.rejections[0].detail")]
    public void A_payload_that_is_no_notice_is_refused_with_a_reason(string json, RejectReason expected, string? path)
    {
        Assert.Null(Decode(Encoding.UTF8.GetBytes(json), out var rejection));
        Assert.Equal(expected, rejection!.Reason);
        Assert.Equal(path, rejection.Path);
    }

    private static RejectionNotice? Decode(byte[] payload, out Rejection? rejection) =>
        RejectionNoticeCodec.Decode(new ReadOnlySequence<byte>(payload), out rejection);
}
