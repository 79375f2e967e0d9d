namespace ResourceMonitor.Domain.Baselines.Savings;

/// <summary>A reporting period whose driver lies outside the baseline's range: its prediction is an extrapolation.</summary>
public sealed record DriverOutOfRange(DateOnly PeriodStart, string Driver, double Value, double BaselineMin, double BaselineMax);
