using System.Text;
using ResourceMonitor.Contracts.Codec;

namespace ResourceMonitor.Contracts.Tests.Codec;

public sealed class RejectReasonCoverageTests
{
    /// <summary>Every reason the codec itself produces; the others come from the worker (catalog, clock, storage, topic).</summary>
    private static readonly RejectReason[] CodecReasons =
    [
        RejectReason.MalformedJson, RejectReason.PayloadTooLarge, RejectReason.TooDeep, RejectReason.WrongShape,
        RejectReason.UnsupportedVersion, RejectReason.MissingField, RejectReason.WrongType, RejectReason.InvalidId,
        RejectReason.InvalidBatchId, RejectReason.InvalidUnit, RejectReason.InvalidKind, RejectReason.InvalidQuality,
        RejectReason.InvalidTimestamp, RejectReason.NonFiniteValue, RejectReason.OutOfRange, RejectReason.NegativeCounter,
        RejectReason.BadReadingCount, RejectReason.DuplicateKey,
    ];

    public static TheoryData<string, RejectReason> OnePayloadPerReason => new()
    {
        { "{\"v\":1,", RejectReason.MalformedJson },
        { new string(' ', 1024 * 1024 + 1), RejectReason.PayloadTooLarge },
        { BatchJson.Batch("""{"meter":"m","ts":"2026-11-29T08:00:00Z","value":[[1]],"unit":"kWh","kind":"counter"}"""), RejectReason.TooDeep },
        { "[1,2,3]", RejectReason.WrongShape },
        { """{"v":2,"agent":"a","batch":"b","readings":[]}""", RejectReason.UnsupportedVersion },
        { """{"agent":"a","batch":"b","readings":[]}""", RejectReason.MissingField },
        { """{"v":"1","agent":"a","batch":"b","readings":[]}""", RejectReason.WrongType },
        { """{"v":1,"agent":"Edge_1","batch":"b","readings":[]}""", RejectReason.InvalidId },
        { """{"v":1,"agent":"a","batch":"b/1","readings":[]}""", RejectReason.InvalidBatchId },
        { BatchJson.Batch(BatchJson.Reading("unit", "\"MWh\"")), RejectReason.InvalidUnit },
        { BatchJson.Batch(BatchJson.Reading("kind", "\"rate\"")), RejectReason.InvalidKind },
        { BatchJson.Batch(BatchJson.Reading("quality", "\"bad\"")), RejectReason.InvalidQuality },
        { BatchJson.Batch(BatchJson.Reading("ts", "\"yesterday\"")), RejectReason.InvalidTimestamp },
        { BatchJson.Batch(BatchJson.Reading("value", "1e400")), RejectReason.NonFiniteValue },
        { BatchJson.Batch(BatchJson.Reading("value", "1e16")), RejectReason.OutOfRange },
        { BatchJson.Batch(BatchJson.Reading("value", "-1")), RejectReason.NegativeCounter },
        { """{"v":1,"agent":"a","batch":"b","readings":[]}""", RejectReason.BadReadingCount },
        { """{"v":1,"agent":"a","agent":"b","batch":"b","readings":[]}""", RejectReason.DuplicateKey },
    };

    [Theory]
    [MemberData(nameof(OnePayloadPerReason))]
    public void Each_codec_reason_is_produced_by_a_payload_that_breaks_that_rule(string payload, RejectReason expected)
    {
        var result = new ReadingBatchCodec().Decode(Encoding.UTF8.GetBytes(payload));

        var rejection = Assert.Single(result.Rejections);
        Assert.Equal(expected, rejection.Reason);
        Assert.False(string.IsNullOrWhiteSpace(rejection.Detail));
    }

    [Fact]
    public void The_reason_table_covers_every_reason_the_codec_can_produce()
    {
        var covered = OnePayloadPerReason.Select(row => (RejectReason)row[1]).ToHashSet();

        Assert.Equal(CodecReasons.Order(), covered.Order());
    }

    [Fact]
    public void Every_reason_has_a_distinct_snake_case_code_that_parses_back()
    {
        var reasons = Enum.GetValues<RejectReason>();
        var codes = reasons.Select(r => r.Code()).ToList();

        Assert.Equal(reasons.Length, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, code => Assert.Matches("^[a-z]+(_[a-z]+)*$", code));
        Assert.All(reasons, r => Assert.True(RejectReasonCodes.TryParse(r.Code(), out var back) && back == r));
        Assert.Equal("negative_counter", RejectReason.NegativeCounter.Code());
        Assert.Equal("malformed_json", RejectReason.MalformedJson.Code());
        Assert.False(RejectReasonCodes.TryParse("NegativeCounter", out _));
    }

    [Fact]
    public void A_rejection_reads_as_code_path_and_detail()
    {
        Assert.Equal("invalid_unit at $.readings[0].unit: bad", new Rejection(RejectReason.InvalidUnit, "bad", "$.readings[0].unit").ToString());
        Assert.Equal("malformed_json: bad", new Rejection(RejectReason.MalformedJson, "bad").ToString());
    }
}
