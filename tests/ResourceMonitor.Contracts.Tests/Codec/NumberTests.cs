using System.Globalization;

namespace ResourceMonitor.Contracts.Tests.Codec;

public sealed class NumberTests
{
    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("1.8e308")]
    public void Numbers_beyond_a_double_are_non_finite(string raw)
    {
        Assert.Equal(RejectReason.NonFiniteValue, BatchJson.RejectionOf(BatchJson.Reading("value", raw)).Reason);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("\"NaN\"x")]
    [InlineData("01")]
    [InlineData("1.")]
    [InlineData("+1")]
    [InlineData("0x10")]
    public void NaN_and_Infinity_literals_and_non_json_numbers_make_the_payload_malformed(string raw)
    {
        Assert.Equal(RejectReason.MalformedJson, BatchJson.Refusal(BatchJson.Batch(BatchJson.Reading("value", raw))).Reason);
    }

    [Theory]
    [InlineData("\"NaN\"")]
    [InlineData("\"12.5\"")]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("{}")]
    [InlineData("[]")]
    public void A_value_that_is_not_a_number_is_the_wrong_type(string raw)
    {
        Assert.Equal(RejectReason.WrongType, BatchJson.RejectionOf(BatchJson.Reading("value", raw)).Reason);
    }

    [Theory]
    [InlineData("1e16")]
    [InlineData("1000000000000001")]
    [InlineData("1.7e308")]
    public void Values_beyond_the_contract_bound_are_out_of_range(string raw)
    {
        Assert.Equal(RejectReason.OutOfRange, BatchJson.RejectionOf(BatchJson.Reading("value", raw)).Reason);
    }

    [Fact]
    public void The_bound_itself_is_accepted_on_both_sides()
    {
        Assert.Equal(1e15, BatchJson.Accepted(BatchJson.Reading("value", "1e15")).Value);
        Assert.Equal(-1e15, BatchJson.Accepted(BatchJson.Gauge("kW", "-1e15")).Value);
        Assert.Equal(RejectReason.OutOfRange, BatchJson.RejectionOf(BatchJson.Gauge("kW", "-1.0000001e15")).Reason);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("-0.001")]
    [InlineData("-1e15")]
    public void A_negative_counter_register_is_refused(string raw)
    {
        var rejection = BatchJson.RejectionOf(BatchJson.Reading("value", raw));

        Assert.Equal(RejectReason.NegativeCounter, rejection.Reason);
        Assert.Equal("$.readings[0].value", rejection.Path);
    }

    [Theory]
    [InlineData("degC", "-12.5")]
    [InlineData("kW", "-350")]
    [InlineData("m3/h", "-0.5")]
    public void A_negative_gauge_is_accepted(string unit, string raw)
    {
        Assert.Equal(double.Parse(raw, CultureInfo.InvariantCulture), BatchJson.Accepted(BatchJson.Gauge(unit, raw)).Value);
    }

    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("-0", 0.0)]
    [InlineData("1E3", 1000.0)]
    [InlineData("1.5e-3", 0.0015)]
    [InlineData("123456789012345", 123456789012345.0)]
    public void Json_number_forms_are_read_exactly(string raw, double expected)
    {
        Assert.Equal(expected, BatchJson.Accepted(BatchJson.Reading("value", raw)).Value);
    }
}
