using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>What one delivered unit (kWh, m3, kg) is worth to the park: money at its tariffs and CO2e avoided.</summary>
/// <param name="Money">Park currency per delivered unit.</param>
/// <param name="Co2eKg">kg CO2e avoided per delivered unit.</param>
public sealed record UnitValue(double Money, double Co2eKg)
{
    /// <summary>
    /// The value of one unit delivered to <paramref name="need"/>: it replaces 1/efficiency units of the substituted
    /// resource (a gas boiler at 0.9: 1 kWh of heat saves 1.11 kWh of gas); heat with no stated substitute counts as gas.
    /// </summary>
    public static UnitValue Of(Need need, Park park)
    {
        var replaced = 1 / need.ConversionEfficiency;
        var (price, factor) = need.Substitutes switch
        {
            Resource.Electricity => (park.Tariffs.ElectricityPerKwh, park.EmissionFactors.GridKgCo2ePerKwh),
            Resource.Water => (park.Tariffs.WaterPerM3, park.EmissionFactors.WaterKgCo2ePerM3),
            Resource.Waste => (park.Tariffs.WasteDisposalPerKg, park.EmissionFactors.WasteKgCo2ePerKg),
            _ => (park.Tariffs.GasPerKwh, park.EmissionFactors.FuelKgCo2ePerKwh),
        };
        return new UnitValue(replaced * price, replaced * factor);
    }
}
