using System.Buffers;
using System.Text;
using ResourceMonitor.Contracts.Codec;
using ResourceMonitor.Contracts.Schema;
using ResourceMonitor.Contracts.Tests.Schema;

namespace ResourceMonitor.Contracts.Tests.Codec;

/// <summary>The end-to-end acknowledgement's contract additions: a batch's optional <c>seq</c> and the <c>ack</c> payload.</summary>
public sealed class SequenceAndAckCodecTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 29, 8, 0, 0, 350, TimeSpan.Zero);
    private static readonly SchemaValidator BatchSchema = new(ContractSchemas.ReadingBatch());
    private static readonly SchemaValidator AckSchema = new(ContractSchemas.Acknowledgement());
    private static readonly Reading R1 = new("m-1", T0, 1, "kWh", ReadingKind.Counter);
    private static readonly Reading R2 = new("m-2", T0, 2, "kWh", ReadingKind.Counter);

    [Fact]
    public void A_sequenced_batch_round_trips()
    {
        var batch = new ReadingBatch("edge-1", "b1", [R1, R2], new BatchSequence("log-a", 41, 42, 40));

        var decoded = new ReadingBatchCodec().Decode(ReadingBatchCodec.Encode(batch));

        Assert.Empty(decoded.Rejections);
        Assert.Equal(batch.Sequence, decoded.Batch!.Sequence);
        Assert.Equal([0, 1], decoded.Positions);
    }

    [Fact]
    public void A_batch_without_seq_still_decodes_as_before()
    {
        var decoded = new ReadingBatchCodec().Decode(ReadingBatchCodec.Encode(new ReadingBatch("edge-1", "b1", [R1])));

        Assert.Empty(decoded.Rejections);
        Assert.Null(decoded.Batch!.Sequence);
    }

    [Fact]
    public void A_refused_reading_leaves_a_hole_in_the_positions_so_sequence_numbers_stay_right()
    {
        var json = Batch("""{"log":"l","first":10,"last":12,"released":9}""", Reading("m-1"), Reading("M_BAD"), Reading("m-3"));

        var decoded = new ReadingBatchCodec().Decode(Encoding.UTF8.GetBytes(json));

        Assert.Equal([0, 2], decoded.Positions);
        Assert.Equal(RejectReason.InvalidId, Assert.Single(decoded.Rejections).Reason);
    }

    [Theory]
    [InlineData("""{"log":"l","first":1,"last":3,"released":0}""")]
    [InlineData("""{"log":"l","first":2,"last":3,"released":2}""")]
    public void A_seq_that_does_not_match_its_readings_is_refused_as_invalid_sequence(string seq)
    {
        var decoded = new ReadingBatchCodec().Decode(Encoding.UTF8.GetBytes(Batch(seq, Reading("m-1"), Reading("m-2"))));

        Assert.Null(decoded.Batch);
        Assert.Equal(RejectReason.InvalidSequence, Assert.Single(decoded.Rejections).Reason);
    }

    [Theory]
    [InlineData("""{"log":"l","first":1,"last":2,"released":0}""", true)]
    [InlineData("""{"log":"l","first":0,"last":1,"released":0}""", false)]
    [InlineData("""{"log":"l/x","first":1,"last":2,"released":0}""", false)]
    [InlineData("""{"log":"l","first":1,"last":2}""", false)]
    [InlineData("""{"log":"l","first":"1","last":2,"released":0}""", false)]
    [InlineData("7", false)]
    [InlineData("null", false)]
    public void The_codec_and_the_schema_agree_on_seq(string seq, bool valid)
    {
        var json = Batch(seq, Reading("m-1"), Reading("m-2"));

        var decoded = new ReadingBatchCodec().Decode(Encoding.UTF8.GetBytes(json));
        var (schemaAccepts, errors) = BatchSchema.Validate(json);

        Assert.Equal(valid, decoded.Rejections.Count == 0);
        Assert.True(valid == schemaAccepts, errors);
        if (!valid && decoded.Rejections[0].Reason != RejectReason.MissingField)
        {
            Assert.Equal(RejectReason.InvalidSequence, decoded.Rejections[0].Reason);
        }
    }

    [Fact]
    public void An_acknowledgement_round_trips_and_matches_its_schema()
    {
        var ack = new Acknowledgement("edge-dyeing-01", "log-a", 1202, T0);

        var bytes = AcknowledgementCodec.Encode(ack);

        Assert.Equal(ack, AcknowledgementCodec.Decode(new ReadOnlySequence<byte>(bytes), out var rejection));
        Assert.Null(rejection);
        var (valid, errors) = AckSchema.Validate(Encoding.UTF8.GetString(bytes));
        Assert.True(valid, errors);
    }

    [Theory]
    [InlineData("{", RejectReason.MalformedJson)]
    [InlineData("[]", RejectReason.WrongShape)]
    [InlineData("""{"v":2,"agent":"a","log":"l","seq":1,"ts":"2026-11-29T08:00:00Z"}""", RejectReason.UnsupportedVersion)]
    [InlineData("""{"v":1,"agent":"A","log":"l","seq":1,"ts":"2026-11-29T08:00:00Z"}""", RejectReason.InvalidId)]
    [InlineData("""{"v":1,"agent":"a","log":"l","seq":-1,"ts":"2026-11-29T08:00:00Z"}""", RejectReason.InvalidSequence)]
    [InlineData("""{"v":1,"agent":"a","log":"l","seq":1,"ts":"yesterday"}""", RejectReason.InvalidTimestamp)]
    [InlineData("""{"v":1,"agent":"a","log":"l","seq":1,"ts":"2026-11-29T08:00:00Z","x":{"y":1}}""", RejectReason.TooDeep)]
    [InlineData("{\"v\":1,\"agent\":\"a\",\"log\":\"\xC3\x28\",\"seq\":1,\"ts\":\"2026-11-29T08:00:00Z\"}", RejectReason.MalformedJson)]
    public void A_bad_acknowledgement_is_refused_with_a_reason_never_an_exception(string json, RejectReason reason)
    {
        var bytes = json.Contains('\xC3', StringComparison.Ordinal) ? Latin1Bytes(json) : Encoding.UTF8.GetBytes(json);

        var decoded = AcknowledgementCodec.Decode(new ReadOnlySequence<byte>(bytes), out var rejection);

        Assert.Null(decoded);
        Assert.Equal(reason, rejection!.Reason);
    }

    // Raw bytes for the invalid-UTF-8 case: each char below 256 becomes one byte.
    private static byte[] Latin1Bytes(string text) => Encoding.Latin1.GetBytes(text);

    private static string Batch(string seq, params string[] readings) => $$"""{"v":1,"agent":"edge-1","batch":"b1","seq":{{seq}},"readings":[{{string.Join(",", readings)}}]}""";

    private static string Reading(string meter) => $$"""{"meter":"{{meter}}","ts":"2026-11-29T08:00:00.000Z","value":1,"unit":"kWh","kind":"counter"}""";
}
