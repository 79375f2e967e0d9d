namespace ResourceMonitor.Domain.Baselines.Regression;

/// <summary>One baseline period with its actual and fitted consumption.</summary>
public sealed record FittedPoint(DateOnly PeriodStart, double Actual, double Fitted);
