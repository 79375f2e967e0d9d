using ResourceMonitor.Worker.Reports;
using ResourceMonitor.Worker.Reports.Series;

namespace ResourceMonitor.Worker.Tests.Reports.Series;

public sealed class AuditSeriesOptionsValidatorTests
{
    private readonly AuditSeriesOptionsValidator _validator = new();

    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.True(_validator.Validate(null, new ReportsOptions()).Succeeded);
    }

    [Fact]
    public void A_baseline_with_only_one_date_is_refused_naming_both_keys()
    {
        var result = _validator.Validate(null, new ReportsOptions { Series = { BaselineFrom = new DateOnly(2026, 6, 1) } });

        Assert.True(result.Failed);
        Assert.Contains("Reports:Series: set both BaselineFrom and BaselineTo", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_ending_before_it_starts_is_refused()
    {
        var result = _validator.Validate(null, new ReportsOptions { Series = { BaselineFrom = new DateOnly(2026, 6, 1), BaselineTo = new DateOnly(2026, 6, 1) } });

        Assert.Contains("Reports:Series:BaselineTo (2026-06-01) must be after BaselineFrom", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" , ")]
    [InlineData("production,Outdoor Temp")]
    public void Drivers_that_are_not_ids_are_refused(string drivers)
    {
        var result = _validator.Validate(null, new ReportsOptions { Series = { Drivers = drivers } });

        Assert.Contains("Reports:Series:Drivers", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void An_interval_out_of_range_is_refused_naming_the_key()
    {
        var result = _validator.Validate(null, new ReportsOptions { Series = { Interval = TimeSpan.Zero } });

        Assert.Contains("Reports:Series:Interval", result.FailureMessage, StringComparison.Ordinal);
    }
}
