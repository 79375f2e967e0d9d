namespace ResourceMonitor.Domain.Baselines.Profiles;

/// <summary>One hour's level of a meter (usage per hour for counters, mean for gauges), starting at <paramref name="Start"/>.</summary>
public sealed record HourlyValue(DateTimeOffset Start, double Value);
