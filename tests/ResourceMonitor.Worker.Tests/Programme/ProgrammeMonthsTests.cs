using ResourceMonitor.Worker.Programme;

namespace ResourceMonitor.Worker.Tests.Programme;

public class ProgrammeMonthsTests
{
    [Fact]
    public void A_period_lists_its_months_with_to_exclusive()
    {
        var period = ProgrammeMonths.TryParse("2026-11", "2027-02", 24, out _);

        Assert.Equal(["2026-11", "2026-12", "2027-01"], period!.Months().Select(ProgrammeMonths.Text));
    }

    [Theory]
    [InlineData(null, "2026-12", "'from' and 'to' are required months as yyyy-MM")]
    [InlineData("2026-11-01", "2026-12", "'from' and 'to' are required months as yyyy-MM")]
    [InlineData("2026-11", "2026-11", "must be 1 to 24 months after 'from'")]
    [InlineData("2020-01", "2026-12", "it is 83")]
    public void Bad_periods_are_refused_with_the_reason(string? from, string? to, string reason)
    {
        Assert.Null(ProgrammeMonths.TryParse(from, to, 24, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
