namespace ResourceMonitor.Contracts.Tests.Codec;

public sealed class IdRuleTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("hw-return")]
    [InlineData("boiler-2")]
    [InlineData("0")]
    [InlineData("-leading-dash-is-allowed")]
    public void Lower_case_letters_digits_and_dashes_are_valid_ids(string id)
    {
        Assert.True(ResourceIds.IsValid(id));
        Assert.Equal(id, BatchJson.Accepted(BatchJson.Reading("meter", $"\"{id}\"")).Meter);
    }

    [Fact]
    public void An_id_of_64_characters_is_accepted_and_one_of_65_is_refused()
    {
        var max = new string('a', 64);
        var over = new string('a', 65);

        Assert.Equal(max, BatchJson.Accepted(BatchJson.Reading("meter", $"\"{max}\"")).Meter);
        var rejection = BatchJson.RejectionOf(BatchJson.Reading("meter", $"\"{over}\""));
        Assert.Equal(RejectReason.InvalidId, rejection.Reason);
        Assert.Equal("$.readings[0].meter", rejection.Path);
    }

    [Theory]
    [InlineData("HW-Return")]
    [InlineData("hw_return")]
    [InlineData("")]
    [InlineData("hw return")]
    [InlineData("hw.return")]
    [InlineData("hw/return")]
    [InlineData("hw+return")]
    [InlineData("hw#")]
    [InlineData("métro")]
    [InlineData("ａ")]
    public void Upper_case_underscores_empty_and_other_characters_are_refused(string id)
    {
        Assert.False(ResourceIds.IsValid(id));
        Assert.Equal(RejectReason.InvalidId, BatchJson.RejectionOf(BatchJson.Reading("meter", System.Text.Json.JsonSerializer.Serialize(id))).Reason);
    }

    [Fact]
    public void An_invalid_agent_id_refuses_the_whole_batch()
    {
        var rejection = BatchJson.Refusal("""{"v":1,"agent":"EDGE","batch":"b","readings":[{"meter":"m","ts":"2026-11-29T08:00:00Z","value":1,"unit":"kWh","kind":"counter"}]}""");

        Assert.Equal(RejectReason.InvalidId, rejection.Reason);
        Assert.Equal("$.agent", rejection.Path);
    }

    [Theory]
    [InlineData("01JDQ8ZX3K7V9T2M4N6P8R0S1W")]
    [InlineData("batch_2026-11-29_0001")]
    [InlineData("B")]
    public void Batch_ids_allow_letters_of_both_cases_digits_dash_and_underscore(string batchId)
    {
        var result = BatchJson.Decode($$"""{"v":1,"agent":"a","batch":"{{batchId}}","readings":[{{BatchJson.GoodReading}}]}""");

        Assert.Equal(batchId, result.Batch!.BatchId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("x/y")]
    public void Empty_or_odd_batch_ids_are_refused(string batchId)
    {
        Assert.Equal(RejectReason.InvalidBatchId, BatchJson.Refusal($$"""{"v":1,"agent":"a","batch":"{{batchId}}","readings":[{{BatchJson.GoodReading}}]}""").Reason);
    }

    [Fact]
    public void A_batch_id_of_64_characters_is_accepted_and_one_of_65_is_refused()
    {
        Assert.False(BatchJson.Decode($$"""{"v":1,"agent":"a","batch":"{{new string('B', 64)}}","readings":[{{BatchJson.GoodReading}}]}""").IsRejected);
        Assert.Equal(RejectReason.InvalidBatchId, BatchJson.Refusal($$"""{"v":1,"agent":"a","batch":"{{new string('B', 65)}}","readings":[{{BatchJson.GoodReading}}]}""").Reason);
    }

    [Fact]
    public void Require_throws_naming_what_and_the_rule()
    {
        var error = Assert.Throws<ArgumentException>(() => ResourceIds.Require("Bad_Id", "plant"));

        Assert.Contains("plant 'Bad_Id'", error.Message, StringComparison.Ordinal);
        Assert.Equal("ok-id", ResourceIds.Require("ok-id", "plant"));
    }
}
