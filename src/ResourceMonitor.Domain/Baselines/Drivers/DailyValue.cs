namespace ResourceMonitor.Domain.Baselines.Drivers;

/// <summary>One local day's value of a series (consumption, production, mean temperature...).</summary>
public sealed record DailyValue(DateOnly Day, double Value);
