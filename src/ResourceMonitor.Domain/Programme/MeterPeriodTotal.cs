namespace ResourceMonitor.Domain.Programme;

/// <summary>What one meter measured over a period, as the store gives it.</summary>
/// <param name="Plant">Plant id.</param>
/// <param name="Meter">Meter id.</param>
/// <param name="Amount">
/// Quantity in the meter's amount unit (kWh, m3, kg, unit): the sum of <c>usage_1m</c> amounts; for a waste stock gauge
/// (kg) the quantity put on the pile (the sum of its rises), which is what the plant generated.
/// </param>
/// <param name="CoveredMinutes">Sum of <c>usage_1m</c> coverage over the period: minutes for which the meter's data is whole.</param>
public sealed record MeterPeriodTotal(string Plant, string Meter, double Amount, double CoveredMinutes);
