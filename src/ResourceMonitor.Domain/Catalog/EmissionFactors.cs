namespace ResourceMonitor.Domain.Catalog;

/// <summary>Emission factors used to value avoided resource use as CO2e.</summary>
/// <param name="GridKgCo2ePerKwh">Grid electricity.</param>
/// <param name="FuelKgCo2ePerKwh">Fuel burnt (gas), per kWh of fuel energy.</param>
/// <param name="WaterKgCo2ePerM3">Supplying and treating one m3 of water.</param>
/// <param name="WasteKgCo2ePerKg">Disposing of one kg of waste (landfill).</param>
public sealed record EmissionFactors(double GridKgCo2ePerKwh, double FuelKgCo2ePerKwh, double WaterKgCo2ePerM3, double WasteKgCo2ePerKg);
