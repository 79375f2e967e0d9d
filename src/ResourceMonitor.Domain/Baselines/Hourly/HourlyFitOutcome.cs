using ResourceMonitor.Domain.Baselines.Regression;

namespace ResourceMonitor.Domain.Baselines.Hourly;

/// <summary>An hourly baseline, or the reason none was fitted.</summary>
public sealed record HourlyFitOutcome(HourlyModelFit? Fit, RegressionRefusal? Refusal)
{
    /// <summary>A refusal.</summary>
    public static HourlyFitOutcome Refused(RefusalReason reason, string detail) => new(null, new RegressionRefusal(reason, detail));
}
