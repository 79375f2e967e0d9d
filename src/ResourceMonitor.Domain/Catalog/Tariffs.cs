namespace ResourceMonitor.Domain.Catalog;

/// <summary>Prices in the park's currency, per canonical unit.</summary>
/// <param name="ElectricityPerKwh">Grid electricity.</param>
/// <param name="WaterPerM3">City water.</param>
/// <param name="GasPerKwh">Fuel gas, per kWh of fuel energy.</param>
/// <param name="WasteDisposalPerKg">Disposal of non-hazardous industrial waste.</param>
public sealed record Tariffs(double ElectricityPerKwh, double WaterPerM3, double GasPerKwh, double WasteDisposalPerKg);
