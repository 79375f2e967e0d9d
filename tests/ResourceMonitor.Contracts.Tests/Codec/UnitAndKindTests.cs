namespace ResourceMonitor.Contracts.Tests.Codec;

public sealed class UnitAndKindTests
{
    [Theory]
    [InlineData("kWh")]
    [InlineData("kW")]
    [InlineData("m3")]
    [InlineData("m3/h")]
    [InlineData("kg")]
    [InlineData("kg/h")]
    [InlineData("degC")]
    [InlineData("unit")]
    public void Every_canonical_unit_is_accepted_on_a_gauge(string unit)
    {
        Assert.Equal(unit, BatchJson.Accepted(BatchJson.Gauge(unit, "5")).Unit);
        Assert.True(CanonicalUnits.IsCanonical(unit));
    }

    [Theory]
    [InlineData("kWh")]
    [InlineData("m3")]
    [InlineData("kg")]
    [InlineData("unit")]
    public void Cumulative_units_are_accepted_on_a_counter(string unit)
    {
        var reading = BatchJson.Accepted(BatchJson.Reading("unit", $"\"{unit}\""));

        Assert.Equal(ReadingKind.Counter, reading.Kind);
        Assert.Equal(unit, reading.Unit);
    }

    [Theory]
    [InlineData("kW")]
    [InlineData("m3/h")]
    [InlineData("kg/h")]
    [InlineData("degC")]
    public void A_counter_in_a_rate_or_temperature_unit_is_refused(string unit)
    {
        var rejection = BatchJson.RejectionOf(BatchJson.Reading("unit", $"\"{unit}\""));

        Assert.Equal(RejectReason.InvalidUnit, rejection.Reason);
        Assert.Contains("cumulative", rejection.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kwh")]
    [InlineData("KWH")]
    [InlineData("t")]
    [InlineData("Wh")]
    [InlineData("MWh")]
    [InlineData("L")]
    [InlineData("gal")]
    [InlineData("GJ")]
    [InlineData("°C")]
    [InlineData("")]
    [InlineData(" kWh")]
    public void Non_canonical_units_are_refused_case_sensitively(string unit)
    {
        var rejection = BatchJson.RejectionOf(BatchJson.Reading("unit", $"\"{unit}\""));

        Assert.Equal(RejectReason.InvalidUnit, rejection.Reason);
        Assert.Equal("$.readings[0].unit", rejection.Path);
        Assert.False(CanonicalUnits.IsCanonical(unit));
    }

    [Theory]
    [InlineData("Counter")]
    [InlineData("GAUGE")]
    [InlineData("rate")]
    [InlineData("")]
    public void Kinds_other_than_counter_and_gauge_are_refused(string kind)
    {
        Assert.Equal(RejectReason.InvalidKind, BatchJson.RejectionOf(BatchJson.Reading("kind", $"\"{kind}\"")).Reason);
    }

    [Theory]
    [InlineData("estimated", ReadingQuality.Estimated)]
    [InlineData("suspect", ReadingQuality.Suspect)]
    [InlineData("good", ReadingQuality.Good)]
    public void The_three_qualities_are_read(string text, ReadingQuality expected)
    {
        Assert.Equal(expected, BatchJson.Accepted(BatchJson.Reading("quality", $"\"{text}\"")).Quality);
    }

    [Theory]
    [InlineData("\"Good\"")]
    [InlineData("\"bad\"")]
    [InlineData("1")]
    [InlineData("null")]
    public void Other_qualities_are_refused(string raw)
    {
        Assert.Equal(RejectReason.InvalidQuality, BatchJson.RejectionOf(BatchJson.Reading("quality", raw)).Reason);
    }

    [Theory]
    [InlineData("kWh", "kW")]
    [InlineData("m3", "m3/h")]
    [InlineData("kg", "kg/h")]
    public void Rate_and_quantity_units_map_to_each_other(string quantity, string rate)
    {
        Assert.Equal(rate, CanonicalUnits.RateOf(quantity));
        Assert.Equal(quantity, CanonicalUnits.QuantityOf(rate));
        Assert.Null(CanonicalUnits.RateOf("unit"));
        Assert.Null(CanonicalUnits.QuantityOf("degC"));
    }
}
