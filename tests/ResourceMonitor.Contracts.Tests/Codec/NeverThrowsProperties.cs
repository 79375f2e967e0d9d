using System.Buffers;
using System.Text;
using CsCheck;
using ResourceMonitor.Contracts.Codec;

namespace ResourceMonitor.Contracts.Tests.Codec;

/// <summary>
/// No byte sequence makes a decoder throw, and every refusal names a reason (issue 11: one message with invalid UTF-8
/// in a string stopped a park's intake). Arbitrary bytes, bytes drawn from JSON's alphabet, and valid payloads mutated.
/// </summary>
public sealed class NeverThrowsProperties
{
    private const long Iterations = 20_000;

    private static readonly byte[][] ValidPayloads =
    [
        Encoding.UTF8.GetBytes(BatchJson.Batch(BatchJson.GoodReading, BatchJson.Gauge("m3/h", "-12.5"), BatchJson.Reading("quality", "\"suspect\""))),
        Encoding.UTF8.GetBytes("""{"state":"online","ts":"2026-11-29T15:00:00+07:00","agent":"edge-dyeing-01","version":"0.1.0"}"""),
        RejectionNoticeCodec.Encode(new RejectionNotice("rm/v1/p/q/readings", "b1", "edge-1", DateTimeOffset.UnixEpoch,
            [new Rejection(RejectReason.NegativeCounter, "counter register -3 is negative", "$.readings[1].value")], 1)),
    ];

    /// <summary>Bytes a JSON parser has to think about: structure, escapes, number parts, literals' letters, multi-byte lead and trail bytes.</summary>
    private static readonly Gen<byte> JsonishByte = Gen.Frequency(
        (6, Gen.OneOf("{}[]\":,\\u0123456789.eE+-tfnrlsaNIy \n"u8.ToArray().Select(Gen.Const).ToArray())),
        (1, Gen.Byte[0x80, 0xFF]),
        (1, Gen.Byte));

    private static readonly Gen<Mutation> AnyMutation = Gen.Select(
        Gen.Enum<MutationKind>(),
        Gen.Int[0, 10_000],
        Gen.OneOf(Gen.OneOf([.. Mutation.InvalidUtf8.Select(Gen.Const), Gen.Const(Mutation.ByteOrderMark)]), Gen.Byte.Array[1, 8], JsonishByte.Array[1, 8]),
        (kind, position, bytes) => new Mutation(kind, position, bytes));

    [Fact]
    public void Arbitrary_bytes_never_make_a_decoder_throw() =>
        Gen.Byte.Array[0, 300].Sample(AssertEveryDecoderAnswers, iter: Iterations, threads: 1);

    [Fact]
    public void Bytes_from_the_json_alphabet_never_make_a_decoder_throw() =>
        JsonishByte.Array[0, 200].Sample(AssertEveryDecoderAnswers, iter: Iterations, threads: 1);

    [Fact]
    public void Mutated_valid_payloads_never_make_a_decoder_throw() =>
        Gen.Select(Gen.Int[0, ValidPayloads.Length - 1], AnyMutation.Array[1, 4])
            .Sample((payload, mutations) => AssertEveryDecoderAnswers(mutations.Aggregate(ValidPayloads[payload], (bytes, m) => m.ApplyTo(bytes))), iter: Iterations, threads: 1);

    [Fact]
    public void Invalid_utf8_inserted_anywhere_inside_a_valid_batch_is_refused_as_malformed_json() =>
        Gen.Select(Gen.Int[1, ValidPayloads[0].Length - 1], Gen.OneOf(Mutation.InvalidUtf8.Select(Gen.Const).ToArray()))
            .Sample((at, bad) =>
            {
                byte[] payload = [.. ValidPayloads[0][..at], .. bad, .. ValidPayloads[0][at..]];

                var rejection = Assert.Single(new ReadingBatchCodec().Decode(payload).Rejections);

                Assert.Equal(RejectReason.MalformedJson, rejection.Reason);
            }, iter: 5_000, threads: 1);

    [Fact]
    public void A_key_given_twice_in_any_object_of_a_batch_is_refused_as_duplicate_key_at_its_path() =>
        DuplicatedKeyBatch.Gen.Sample(batch =>
        {
            var rejection = BatchJson.Refusal(batch.Json);

            Assert.Equal(RejectReason.DuplicateKey, rejection.Reason);
            Assert.Equal(batch.ExpectedPath, rejection.Path);
        }, iter: 5_000, threads: 1);

    private static void AssertEveryDecoderAnswers(byte[] payload)
    {
        var sequence = new ReadOnlySequence<byte>(payload);

        var batch = new ReadingBatchCodec().Decode(sequence);
        Assert.All(batch.Rejections, AssertHasReason);
        if (batch.IsRejected)
        {
            AssertHasReason(Assert.Single(batch.Rejections));
        }

        var status = AgentStatusCodec.Decode(sequence, out var statusRejection);
        Assert.True(status is null != statusRejection is null, "a status decodes or carries a reason, never both or neither");
        if (statusRejection is not null)
        {
            AssertHasReason(statusRejection);
        }

        var notice = RejectionNoticeCodec.Decode(sequence, out var noticeRejection);
        Assert.True(notice is null != noticeRejection is null, "a notice decodes or carries a reason, never both or neither");
        if (noticeRejection is not null)
        {
            AssertHasReason(noticeRejection);
        }
    }

    private static void AssertHasReason(Rejection rejection)
    {
        Assert.True(Enum.IsDefined(rejection.Reason), $"reason {(int)rejection.Reason} is not one of the contract's");
        Assert.False(string.IsNullOrWhiteSpace(rejection.Detail), $"{rejection.Reason} without a detail");
    }
}
