using ResourceMonitor.Domain.Catalog;
using static ResourceMonitor.Domain.Programme.ProgrammeIndicators;

namespace ResourceMonitor.Domain.Programme;

/// <summary>
/// Computes a park's programme indicators for one period from what its meters measured, its exchanges and the manual
/// inputs in force (definitions: <see cref="ProgrammeIndicators"/>, docs/programme.md). Pure: no clock, no I/O.
/// </summary>
public static class ProgrammeIndicatorCalculator
{
    private const double KgPerTonne = 1000;

    /// <summary>The indicators of <paramref name="data"/>'s park and period, one per definition in <see cref="ProgrammeIndicators.All"/>.</summary>
    public static ParkIndicators Compute(ParkPeriodData data)
    {
        var park = data.Catalog.Park;
        var flows = new ParkFlows(data);
        var exchanges = ExchangeBasis.Of(data.Exchanges);
        var area = data.Manual.TryGetValue(LandArea, out var a) && a > 0 ? a : (double?)null;
        var production = flows.ProductionTonnes;

        var waterExchanged = exchanges.Quantity(Resource.Water);
        var wasteExchangedKg = exchanges.Quantity(Resource.Waste);
        var wasteDisposedKg = Math.Max(0, flows.WasteGeneratedKg - wasteExchangedKg);
        var factors = park.EmissionFactors;
        var ghgTonnes = (flows.ElectricityKwh * factors.GridKgCo2ePerKwh
            + flows.FuelAndHeatKwh * factors.FuelKgCo2ePerKwh
            + flows.WaterWithdrawalM3 * factors.WaterKgCo2ePerM3
            + wasteDisposedKg * factors.WasteKgCo2ePerKg) / KgPerTonne;
        var energy = flows.ElectricityKwh + flows.FuelAndHeatKwh;

        var values = new Dictionary<string, IndicatorValue>(StringComparer.Ordinal)
        {
            [EnergyUse] = new(EnergyUse, energy),
            [EnergyPerHectare] = PerHectare(EnergyPerHectare, energy, area),
            [EnergyPerTonne] = PerTonne(EnergyPerTonne, energy, production, flows.ProductionNote),
            [WaterWithdrawal] = new(WaterWithdrawal, flows.WaterWithdrawalM3),
            [WaterPerHectare] = PerHectare(WaterPerHectare, flows.WaterWithdrawalM3, area),
            [WaterPerTonne] = PerTonne(WaterPerTonne, flows.WaterWithdrawalM3, production, flows.ProductionNote),
            [GhgEmissions] = new(GhgEmissions, ghgTonnes),
            [GhgPerHectare] = PerHectare(GhgPerHectare, ghgTonnes, area),
            [GhgPerTonne] = PerTonne(GhgPerTonne, ghgTonnes, production, flows.ProductionNote),
            [Production] = new(Production, production, flows.ProductionNote),
            [WastewaterDischarged] = new(WastewaterDischarged, flows.WastewaterDischargedM3),
            [WastewaterReuseShare] = Share(WastewaterReuseShare, waterExchanged, flows.WastewaterDischargedM3, "no wastewater discharge was metered", exchanges.Note),
            [WasteGenerated] = new(WasteGenerated, flows.WasteGeneratedKg / KgPerTonne),
            [WasteRecoveryShare] = Share(WasteRecoveryShare, wasteExchangedKg, flows.WasteGeneratedKg, "no waste generation was metered", exchanges.Note),
            [ProgrammeIndicators.Exchanges] = new(ProgrammeIndicators.Exchanges, exchanges.Delivering.Count, exchanges.Note),
            [ExchangeEnergy] = new(ExchangeEnergy, exchanges.Quantity(Resource.Heat) + exchanges.Quantity(Resource.Steam), exchanges.Note),
            [ExchangeWater] = new(ExchangeWater, waterExchanged, exchanges.Note),
            [ExchangeWaste] = new(ExchangeWaste, wasteExchangedKg / KgPerTonne, exchanges.Note),
            [ExchangeSavings] = new(ExchangeSavings, exchanges.Delivering.Sum(e => e.Money), $"{park.Currency}; {exchanges.Note}"),
            [ExchangeCo2eAvoided] = new(ExchangeCo2eAvoided, exchanges.Delivering.Sum(e => e.Co2eKg) / KgPerTonne, exchanges.Note),
            [DataCoverage] = Coverage(data),
        };
        foreach (var manual in ProgrammeIndicators.All.Where(d => d.Source == IndicatorSource.Manual))
        {
            values[manual.Id] = data.Manual.TryGetValue(manual.Id, out var v)
                ? new IndicatorValue(manual.Id, v)
                : new IndicatorValue(manual.Id, null, "not recorded (manual input)");
        }

        return new ParkIndicators(park.Id, park.Name, data.From, data.To, ProgrammeIndicators.All.Select(d => values[d.Id]).ToList());
    }

    private static IndicatorValue PerHectare(string id, double amount, double? hectares) =>
        hectares is { } ha ? new(id, amount / ha) : new(id, null, $"needs the manual input {LandArea}");

    private static IndicatorValue PerTonne(string id, double amount, double tonnes, string? productionNote) =>
        tonnes > 0 ? new(id, amount / tonnes, productionNote) : new(id, null, productionNote ?? "no production was metered in kg");

    private static IndicatorValue Share(string id, double part, double whole, string noWhole, string basis) =>
        whole > 0 ? new(id, 100 * part / whole, basis) : new(id, null, noWhole);

    private static IndicatorValue Coverage(ParkPeriodData data)
    {
        var meters = data.Catalog.Meters.Count;
        var minutes = (data.To - data.From).TotalMinutes;
        if (meters == 0 || minutes <= 0)
        {
            return new(DataCoverage, null, "no meters or an empty period");
        }

        var known = data.Meters.Where(m => data.Catalog.TryGetMeter(m.Plant, m.Meter, out _));
        var covered = known.Sum(m => Math.Clamp(m.CoveredMinutes, 0, minutes));
        return new(DataCoverage, 100 * covered / (meters * minutes));
    }
}
