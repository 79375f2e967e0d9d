using ResourceMonitor.Worker.Baselines;

namespace ResourceMonitor.Worker.Tests.Baselines;

public sealed class BaselinesOptionsValidatorTests
{
    [Fact]
    public void A_band_horizon_shorter_than_the_refresh_interval_is_refused_naming_both_keys()
    {
        var result = new BaselinesOptionsValidator().Validate(null, new BaselinesOptions { RefreshInterval = TimeSpan.FromHours(2), BandHorizon = TimeSpan.FromHours(1) });

        Assert.True(result.Failed);
        Assert.Contains("Baselines:BandHorizon", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Baselines:RefreshInterval", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.True(new BaselinesOptionsValidator().Validate(null, new BaselinesOptions()).Succeeded);
    }
}
