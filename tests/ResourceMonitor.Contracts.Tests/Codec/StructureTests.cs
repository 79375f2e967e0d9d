using System.Text;
using ResourceMonitor.Contracts.Codec;

namespace ResourceMonitor.Contracts.Tests.Codec;

public sealed class StructureTests
{
    [Fact]
    public void One_bad_reading_among_good_ones_leaves_the_good_ones()
    {
        var result = BatchJson.Decode(BatchJson.Batch(
            BatchJson.GoodReading,
            BatchJson.Reading("unit", "\"kwh\""),
            BatchJson.Gauge("m3/h", "12.3"),
            "42",
            BatchJson.Reading("value", "-5")));

        Assert.False(result.IsRejected);
        Assert.Equal(["hw-return", "effluent-flow"], result.Batch!.Readings.Select(r => r.Meter));
        Assert.Equal(
            [(RejectReason.InvalidUnit, "$.readings[1].unit"), (RejectReason.WrongShape, "$.readings[3]"), (RejectReason.NegativeCounter, "$.readings[4].value")],
            result.Rejections.Select(r => (r.Reason, r.Path)));
    }

    [Fact]
    public void A_batch_where_every_reading_is_bad_keeps_its_header_and_no_readings()
    {
        var result = BatchJson.Decode(BatchJson.Batch(BatchJson.Reading("kind", "\"x\""), BatchJson.Reading("kind", "\"y\"")));

        Assert.False(result.IsRejected);
        Assert.Equal("edge-dyeing-01", result.Batch!.Agent);
        Assert.Empty(result.Batch.Readings);
        Assert.Equal(2, result.Rejections.Count);
    }

    [Fact]
    public void A_payload_of_ten_megabytes_is_refused_before_parsing()
    {
        var huge = new byte[10 * 1024 * 1024];
        Array.Fill(huge, (byte)'[');

        var result = new ReadingBatchCodec().Decode(huge);

        Assert.Equal(RejectReason.PayloadTooLarge, Assert.Single(result.Rejections).Reason);
    }

    [Fact]
    public void A_payload_at_the_limit_is_parsed()
    {
        var codec = new ReadingBatchCodec(new ContractLimits { MaxPayloadBytes = 200 });
        var json = BatchJson.Batch(BatchJson.GoodReading);
        var padded = json.PadRight(200);

        Assert.False(codec.Decode(Encoding.UTF8.GetBytes(padded)).IsRejected);
        Assert.Equal(RejectReason.PayloadTooLarge, codec.Decode(Encoding.UTF8.GetBytes(padded + " ")).Rejections[0].Reason);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(64)]
    [InlineData(5000)]
    public void Deep_nesting_is_refused_as_too_deep(int depth)
    {
        var json = new string('[', depth) + new string(']', depth);

        Assert.Equal(RejectReason.TooDeep, BatchJson.Refusal(json).Reason);
    }

    [Fact]
    public void A_truncated_payload_nested_as_deep_as_allowed_is_malformed_not_too_deep()
    {
        var truncated = BatchJson.Batch(BatchJson.GoodReading)[..^3];

        Assert.Equal(RejectReason.MalformedJson, BatchJson.Refusal(truncated).Reason);
        Assert.Equal(RejectReason.MalformedJson, BatchJson.Refusal("""{"v":1,"agent":"a","batch":"b","readings":[{"meter":"m"},}""").Reason);
    }

    [Fact]
    public void A_nested_object_inside_a_reading_is_too_deep()
    {
        Assert.Equal(RejectReason.TooDeep, BatchJson.Refusal(BatchJson.Batch(BatchJson.Reading("value", "{\"x\":{\"y\":1}}"))).Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"v\":1,\"agent\":\"a\",\"batch\":\"b\",\"readings\":[{\"meter\":\"m\"")]
    [InlineData("not json")]
    [InlineData("{'v':1}")]
    [InlineData("{\"v\":1,}")]
    [InlineData("{\"v\":1} trailing")]
    public void Truncated_or_invalid_json_is_malformed(string payload)
    {
        var rejection = BatchJson.Refusal(payload);

        Assert.Equal(RejectReason.MalformedJson, rejection.Reason);
        Assert.Null(rejection.Path);
    }

    [Fact]
    public void Invalid_utf8_is_malformed()
    {
        var bytes = Encoding.UTF8.GetBytes(BatchJson.Batch(BatchJson.GoodReading)).ToList();
        var at = bytes.IndexOf((byte)'h');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;

        Assert.Equal(RejectReason.MalformedJson, Assert.Single(new ReadingBatchCodec().Decode(bytes.ToArray()).Rejections).Reason);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"batch\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("true")]
    public void A_payload_that_is_not_an_object_has_the_wrong_shape(string payload)
    {
        var rejection = BatchJson.Refusal(payload);

        Assert.Equal(RejectReason.WrongShape, rejection.Reason);
        Assert.Equal("$", rejection.Path);
    }

    [Theory]
    [InlineData("""{"v":2,"agent":"a","batch":"b","readings":[]}""")]
    [InlineData("""{"v":0,"agent":"a","batch":"b","readings":[]}""")]
    [InlineData("""{"v":1.5,"agent":"a","batch":"b","readings":[]}""")]
    [InlineData("""{"v":99999999999,"agent":"a","batch":"b","readings":[]}""")]
    public void Other_contract_versions_are_unsupported(string payload)
    {
        var rejection = BatchJson.Refusal(payload);

        Assert.Equal(RejectReason.UnsupportedVersion, rejection.Reason);
        Assert.Equal("$.v", rejection.Path);
    }

    [Theory]
    [InlineData("""{"v":"1","agent":"a","batch":"b","readings":[]}""", "$.v")]
    [InlineData("""{"v":1,"agent":7,"batch":"b","readings":[]}""", "$.agent")]
    [InlineData("""{"v":1,"agent":"a","batch":null,"readings":[]}""", "$.batch")]
    [InlineData("""{"v":1,"agent":"a","batch":"b","readings":{}}""", "$.readings")]
    public void Header_fields_of_the_wrong_type_are_named(string payload, string path)
    {
        var rejection = BatchJson.Refusal(payload);

        Assert.Equal(RejectReason.WrongType, rejection.Reason);
        Assert.Equal(path, rejection.Path);
    }

    [Theory]
    [InlineData("""{"agent":"a","batch":"b","readings":[]}""", "$.v")]
    [InlineData("""{"v":1,"batch":"b","readings":[]}""", "$.agent")]
    [InlineData("""{"v":1,"agent":"a","readings":[]}""", "$.batch")]
    [InlineData("""{"v":1,"agent":"a","batch":"b"}""", "$.readings")]
    public void Missing_header_fields_are_named(string payload, string path)
    {
        var rejection = BatchJson.Refusal(payload);

        Assert.Equal(RejectReason.MissingField, rejection.Reason);
        Assert.Equal(path, rejection.Path);
    }

    [Theory]
    [InlineData("meter")]
    [InlineData("ts")]
    [InlineData("value")]
    [InlineData("unit")]
    [InlineData("kind")]
    public void Missing_reading_fields_are_named(string field)
    {
        var rejection = BatchJson.RejectionOf(BatchJson.Reading(field, null));

        Assert.Equal(RejectReason.MissingField, rejection.Reason);
        Assert.Equal($"$.readings[0].{field}", rejection.Path);
    }

    [Theory]
    [InlineData("meter", "12")]
    [InlineData("unit", "null")]
    [InlineData("kind", "true")]
    [InlineData("value", "\"1\"")]
    public void Reading_fields_of_the_wrong_type_are_named(string field, string raw)
    {
        var rejection = BatchJson.RejectionOf(BatchJson.Reading(field, raw));

        Assert.Equal(RejectReason.WrongType, rejection.Reason);
        Assert.Equal($"$.readings[0].{field}", rejection.Path);
    }

    [Fact]
    public void A_batch_has_between_one_and_the_limit_of_readings()
    {
        var codec = new ReadingBatchCodec(new ContractLimits { MaxReadingsPerBatch = 3 });

        Assert.Equal(3, codec.Decode(Encoding.UTF8.GetBytes(BatchJson.Batch(Enumerable.Repeat(BatchJson.GoodReading, 3).ToArray()))).Batch!.Readings.Count);
        Assert.Equal(RejectReason.BadReadingCount, codec.Decode(Encoding.UTF8.GetBytes(BatchJson.Batch(Enumerable.Repeat(BatchJson.GoodReading, 4).ToArray()))).Rejections.Single().Reason);
        Assert.Equal(RejectReason.BadReadingCount, BatchJson.Refusal(BatchJson.Batch()).Reason);
    }

    [Fact]
    public void The_default_limit_takes_ten_thousand_readings()
    {
        var result = BatchJson.Decode(BatchJson.Batch(Enumerable.Repeat(BatchJson.GoodReading, 10_000).ToArray()));

        Assert.Equal(10_000, result.Batch!.Readings.Count);
    }

    [Fact]
    public void Long_values_in_details_are_truncated()
    {
        var rejection = BatchJson.RejectionOf(BatchJson.Reading("unit", $"\"{new string('x', 5000)}\""));

        Assert.True(rejection.Detail.Length < 500, rejection.Detail);
    }
}
