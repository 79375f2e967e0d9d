namespace ResourceMonitor.Domain.Baselines.Regression;

/// <summary>One period of a baseline or reporting period: its consumption and the values of its drivers.</summary>
/// <param name="PeriodStart">Local start of the period (day, week or month), for labels and charts.</param>
/// <param name="Consumption">The consumption of the period, in the resource's canonical unit.</param>
/// <param name="Drivers">Driver name → value for the period (production, cooling degree days, any named variable).</param>
public sealed record RegressionObservation(DateOnly PeriodStart, double Consumption, IReadOnlyDictionary<string, double> Drivers);
