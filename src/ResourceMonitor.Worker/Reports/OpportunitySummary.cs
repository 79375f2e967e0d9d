namespace ResourceMonitor.Worker.Reports;

/// <summary>
/// One symbiosis opportunity concerning the plant, over the reporting period (from the symbiosis measurement, docs/symbiosis.md).
/// The period's quantities are the growth of the opportunity's lifetime totals between its last point before the period
/// and its last point in it (points at each alert and every running-totals interval while open).
/// </summary>
/// <param name="Opportunity">Pair id <c>{offer}--{need}</c>.</param>
/// <param name="Resource">Heat, steam, water or waste.</param>
/// <param name="FromPlant">The plant that gives.</param>
/// <param name="ToPlant">The plant that takes.</param>
/// <param name="Alerts">Alerts (opened, updated, closed) in the period.</param>
/// <param name="Quantity">Matched quantity in the period.</param>
/// <param name="Money">Money saved in the period, park currency.</param>
/// <param name="Co2eKg">CO2e avoided in the period, kg.</param>
/// <param name="RateUnit">The unit of the opportunity's rate (the quantity is its integral: kW → kWh).</param>
/// <param name="Stage">Its exchange workflow stage when the report is made (proposed, under-discussion, agreed, implemented, declined); null when never proposed.</param>
/// <param name="Legal">Its legal standing and licences when the report is made, in one line (docs/exchanges.md).</param>
public sealed record OpportunitySummary(
    string Opportunity, string Resource, string FromPlant, string ToPlant, int Alerts, double Quantity, double Money, double Co2eKg, string? RateUnit,
    string? Stage = null, string? Legal = null);
