using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Domain.Programme;

/// <summary>What one symbiosis exchange delivered in a period.</summary>
/// <param name="Id">The opportunity or exchange id.</param>
/// <param name="Resource">Heat, steam, water or waste.</param>
/// <param name="Quantity">Delivered quantity in the resource's amount unit (kWh, m3, kg).</param>
/// <param name="Money">Money saved at the park's tariffs, in its currency.</param>
/// <param name="Co2eKg">CO2e avoided, kg.</param>
/// <param name="Implemented">
/// True for an exchange the workflow records as implemented (metered flow); false for an opportunity the matcher observed
/// (a potential: the surplus and the need were there at the same time).
/// </param>
public sealed record ExchangeTotal(string Id, Resource Resource, double Quantity, double Money, double Co2eKg, bool Implemented);
