using ResourceMonitor.Contracts.Codec;

namespace ResourceMonitor.Contracts.Tests.Codec;

public sealed class TimestampTests
{
    [Theory]
    [InlineData("2026-11-29T08:00:00.000Z")]
    [InlineData("2026-11-29T08:00:00Z")]
    [InlineData("2026-11-29T08:00:00.000000Z")]
    [InlineData("2026-11-29T15:00:00.000+07:00")]
    [InlineData("2026-11-29T15:00:00+07:00")]
    [InlineData("2026-11-29T03:00:00-05:00")]
    [InlineData("2026-11-29T08:00:00+00:00")]
    public void Timestamps_with_an_explicit_offset_are_read_as_the_same_utc_instant(string ts)
    {
        var reading = BatchJson.Accepted(BatchJson.Reading("ts", $"\"{ts}\""));

        Assert.Equal(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero), reading.Timestamp);
        Assert.Equal(TimeSpan.Zero, reading.Timestamp.Offset);
    }

    [Theory]
    [InlineData("2026-11-29T08:00:00")]
    [InlineData("2026-11-29T08:00:00.000")]
    [InlineData("2026-11-29 08:00:00Z")]
    [InlineData("2026-11-29")]
    [InlineData("29/11/2026 08:00:00Z")]
    [InlineData("yesterday")]
    [InlineData("")]
    [InlineData("2026-02-30T08:00:00Z")]
    [InlineData("2026-11-29T25:00:00Z")]
    [InlineData("2026-11-29T08:00:00+0700")]
    public void Timestamps_without_an_offset_or_not_iso_8601_are_refused(string ts)
    {
        var rejection = BatchJson.RejectionOf(BatchJson.Reading("ts", $"\"{ts}\""));

        Assert.Equal(RejectReason.InvalidTimestamp, rejection.Reason);
        Assert.Equal("$.readings[0].ts", rejection.Path);
    }

    [Theory]
    [InlineData("1900-01-01T00:00:00Z")]
    [InlineData("1989-12-31T23:59:59Z")]
    [InlineData("2200-01-01T00:00:01Z")]
    [InlineData("9999-12-31T23:59:59Z")]
    public void Timestamps_outside_the_accepted_years_are_refused(string ts)
    {
        Assert.Equal(RejectReason.InvalidTimestamp, BatchJson.RejectionOf(BatchJson.Reading("ts", $"\"{ts}\"")).Reason);
    }

    [Fact]
    public void A_numeric_epoch_timestamp_is_the_wrong_type()
    {
        Assert.Equal(RejectReason.WrongType, BatchJson.RejectionOf(BatchJson.Reading("ts", "1764403200000")).Reason);
    }

    [Fact]
    public void Format_writes_utc_with_milliseconds_and_z()
    {
        var local = new DateTimeOffset(2026, 11, 29, 15, 0, 0, 7, TimeSpan.FromHours(7));

        Assert.Equal("2026-11-29T08:00:00.007Z", ContractTimestamp.Format(local));
        Assert.True(ContractTimestamp.TryParse(ContractTimestamp.Format(local), out var back));
        Assert.Equal(local, back);
    }
}
