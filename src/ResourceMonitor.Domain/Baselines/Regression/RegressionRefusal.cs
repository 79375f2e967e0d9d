namespace ResourceMonitor.Domain.Baselines.Regression;

/// <summary>A regression baseline that was refused, with the reason an auditor can act on.</summary>
/// <param name="Reason">The kind of problem.</param>
/// <param name="Detail">What was found, in words (which variable, how many points, which condition number).</param>
public sealed record RegressionRefusal(RefusalReason Reason, string Detail);
