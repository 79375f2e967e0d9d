namespace ResourceMonitor.Domain.Baselines.Savings;

/// <summary>One reporting period measured against the baseline.</summary>
/// <param name="PeriodStart">Local start of the period.</param>
/// <param name="Actual">Measured consumption.</param>
/// <param name="Predicted">The baseline's consumption under this period's conditions (its drivers).</param>
/// <param name="Savings">Predicted − actual: positive when less was used than the baseline expects.</param>
/// <param name="Cusum">Running Σ(actual − predicted) from the first reporting period: a falling line shows savings.</param>
/// <param name="Production">The period's production, when a production driver is named.</param>
/// <param name="Enpi">Specific consumption actual / production, when production is positive.</param>
/// <param name="BaselineEnpi">Predicted / production: the specific consumption the baseline expects at this output.</param>
public sealed record SavingsPoint(DateOnly PeriodStart, double Actual, double Predicted, double Savings, double Cusum, double? Production, double? Enpi, double? BaselineEnpi);
