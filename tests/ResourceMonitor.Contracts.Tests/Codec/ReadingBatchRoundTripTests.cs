using System.Text;
using ResourceMonitor.Contracts.Codec;

namespace ResourceMonitor.Contracts.Tests.Codec;

public sealed class ReadingBatchRoundTripTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 29, 8, 0, 0, 123, TimeSpan.Zero);

    [Fact]
    public void An_encoded_batch_decodes_to_the_same_readings()
    {
        var batch = new ReadingBatch("edge-dyeing-01", ReadingBatch.NewBatchId(T0), [
            new Reading("hw-return", T0, 1234.5, "kWh", ReadingKind.Counter),
            new Reading("effluent-flow", T0.AddSeconds(1), 12.3, "m3/h", ReadingKind.Gauge, ReadingQuality.Estimated),
            new Reading("boiler-temp", T0.AddSeconds(2), -4.25, "degC", ReadingKind.Gauge, ReadingQuality.Suspect),
            new Reading("bales", T0.AddSeconds(3), 0, "unit", ReadingKind.Counter),
        ]);

        var result = new ReadingBatchCodec().Decode(ReadingBatchCodec.Encode(batch));

        Assert.Empty(result.Rejections);
        Assert.Equal(batch.Agent, result.Batch!.Agent);
        Assert.Equal(batch.BatchId, result.Batch.BatchId);
        Assert.Equal(batch.Readings, result.Batch.Readings);
    }

    [Fact]
    public void Values_keep_full_double_precision_through_a_round_trip()
    {
        var values = new[] { 0.1 + 0.2, 1e15, 123456789.123456789, double.Epsilon, 5e-324 * 3 };
        var batch = new ReadingBatch("a", "b", values.Select((v, i) => new Reading($"m{i}", T0, v, "kWh", ReadingKind.Counter)).ToList());

        var decoded = new ReadingBatchCodec().Decode(ReadingBatchCodec.Encode(batch)).Batch!;

        Assert.Equal(values, decoded.Readings.Select(r => r.Value));
    }

    [Fact]
    public void Good_quality_is_the_default_and_is_not_written()
    {
        var json = Encoding.UTF8.GetString(ReadingBatchCodec.Encode(new ReadingBatch("a", "b", [new Reading("m", T0, 1, "kWh", ReadingKind.Counter)])));

        Assert.DoesNotContain("quality", json, StringComparison.Ordinal);
        Assert.Equal(ReadingQuality.Good, BatchJson.Accepted(BatchJson.GoodReading).Quality);
    }

    [Fact]
    public void The_encoded_form_is_the_documented_wire_format()
    {
        var json = Encoding.UTF8.GetString(ReadingBatchCodec.Encode(new ReadingBatch("edge-1", "B1", [new Reading("hw-return", T0, 1234.5, "kWh", ReadingKind.Counter)])));

        Assert.Equal("""{"v":1,"agent":"edge-1","batch":"B1","readings":[{"meter":"hw-return","ts":"2026-11-29T08:00:00.123Z","value":1234.5,"unit":"kWh","kind":"counter"}]}""", json);
    }

    [Fact]
    public void Explicit_good_quality_and_unknown_extra_fields_are_accepted()
    {
        var reading = BatchJson.Accepted("""{"meter":"m","ts":"2026-11-29T08:00:00Z","value":1,"unit":"kWh","kind":"counter","quality":"good","note":"ignored"}""");

        Assert.Equal(ReadingQuality.Good, reading.Quality);
        Assert.Equal(1, reading.Value);
    }

    [Fact]
    public void Batch_ids_are_unique_ulids()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => ReadingBatch.NewBatchId(T0)).ToHashSet();

        Assert.Equal(1000, ids.Count);
        Assert.All(ids, id => Assert.Equal(26, id.Length));
    }

    [Fact]
    public void A_payload_in_a_multi_segment_sequence_decodes_like_one_array()
    {
        var bytes = Encoding.UTF8.GetBytes(BatchJson.Batch(BatchJson.GoodReading, BatchJson.GoodReading));
        var sequence = Segments.Split(bytes, 7);

        var result = new ReadingBatchCodec().Decode(sequence);

        Assert.Equal(2, result.Batch!.Readings.Count);
    }
}
