using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Programme;
using ResourceMonitor.Domain.Tests.Catalog;
using static ResourceMonitor.Domain.Programme.ProgrammeIndicators;

namespace ResourceMonitor.Domain.Tests.Programme;

public class ProgrammeIndicatorCalculatorTests
{
    private static readonly ParkCatalog Catalog = ParkCatalogLoader.LoadFile(SampleCatalogTests.SamplePath);
    private static readonly DateTimeOffset From = new(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateTimeOffset To = new(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(7));

    private static ParkIndicators Compute(
        IReadOnlyList<MeterPeriodTotal> meters, IReadOnlyList<ExchangeTotal>? exchanges = null, IReadOnlyDictionary<string, double>? manual = null) =>
        ProgrammeIndicatorCalculator.Compute(new ParkPeriodData(Catalog, From, To, meters, exchanges ?? [], manual ?? new Dictionary<string, double>()));

    private static MeterPeriodTotal M(string plant, string meter, double amount, double coveredMinutes = 0) => new(plant, meter, amount, coveredMinutes);

    [Fact]
    public void Energy_use_counts_bought_electricity_gas_and_heat_but_not_internal_boiler_heat_or_a_power_plants_output()
    {
        var indicators = Compute(
        [
            M("dyeing-01", "grid-power", 1000), M("dyeing-01", "boiler-gas", 500), M("dyeing-01", "boiler-heat", 400),
            M("food-01", "hot-water-heat", 100), M("power-01", "gross-output", 9999),
        ]);

        Assert.Equal(1600, indicators[EnergyUse].Value);
    }

    [Fact]
    public void Water_withdrawal_and_discharge_leave_out_internal_flows_and_reuse_is_the_exchanged_share_of_the_discharge()
    {
        var indicators = Compute(
            [
                M("dyeing-01", "city-water", 300), M("paper-01", "city-water", 700), M("paper-01", "ct-makeup", 250),
                M("wwtp-01", "influent", 5000), M("dyeing-01", "effluent", 280), M("wwtp-01", "treated-effluent", 4000),
            ],
            [new ExchangeTotal("wwtp-paper", Resource.Water, 1000, 18_500_000, 340, Implemented: false)]);

        Assert.Equal(1000, indicators[WaterWithdrawal].Value);
        Assert.Equal(4000, indicators[WastewaterDischarged].Value);
        Assert.Equal(25, indicators[WastewaterReuseShare].Value);
        Assert.Contains("observed opportunities", indicators[WastewaterReuseShare].Note, StringComparison.Ordinal);
        Assert.Equal(1000, indicators[ExchangeWater].Value);
    }

    [Fact]
    public void Ghg_uses_the_catalog_factors_and_counts_only_the_waste_not_recovered_as_disposed()
    {
        var indicators = Compute(
            [
                M("steel-01", "grid-power", 10_000), M("steel-01", "furnace-gas", 20_000), M("food-01", "city-water", 1000),
                M("steel-01", "slag-stock", 30_000), M("paper-01", "sludge-stock", 10_000),
            ],
            [new ExchangeTotal("slag-bricks", Resource.Waste, 10_000, 30_000_000, 5000, Implemented: false)]);

        var f = Catalog.Park.EmissionFactors;
        var expected = (10_000 * f.GridKgCo2ePerKwh + 20_000 * f.FuelKgCo2ePerKwh + 1000 * f.WaterKgCo2ePerM3 + 30_000 * f.WasteKgCo2ePerKg) / 1000;
        Assert.Equal(expected, indicators[GhgEmissions].Value!.Value, 9);
        Assert.Equal(40, indicators[WasteGenerated].Value);
        Assert.Equal(25, indicators[WasteRecoveryShare].Value);
        Assert.Equal(10, indicators[ExchangeWaste].Value);
    }

    [Fact]
    public void Intensities_per_hectare_need_the_land_area_and_per_tonne_counts_only_production_in_kg()
    {
        IReadOnlyList<MeterPeriodTotal> meters = [M("dyeing-01", "grid-power", 8000), M("dyeing-01", "fabric", 2000), M("food-01", "product", 2000), M("bricks-01", "blocks", 50_000)];

        var without = Compute(meters);
        var with = Compute(meters, manual: new Dictionary<string, double> { [LandArea] = 400 });

        Assert.Null(without[EnergyPerHectare].Value);
        Assert.Contains(LandArea, without[EnergyPerHectare].Note, StringComparison.Ordinal);
        Assert.Equal(20, with[EnergyPerHectare].Value);
        Assert.Equal(4, with[Production].Value);
        Assert.Equal(2000, with[EnergyPerTonne].Value);
        Assert.Contains("bricks-01/blocks (unit)", with[EnergyPerTonne].Note, StringComparison.Ordinal);
        Assert.Equal(400, with[LandArea].Value);
        Assert.Null(with[Employees].Value);
        Assert.Equal("not recorded (manual input)", with[Employees].Note);
    }

    [Fact]
    public void Implemented_exchanges_replace_observed_opportunities_once_any_is_recorded()
    {
        var indicators = Compute(
            [],
            [
                new ExchangeTotal("steel-dyeing", Resource.Heat, 50_000, 60_000_000, 11_000, Implemented: false),
                new ExchangeTotal("power-food", Resource.Heat, 20_000, 24_000_000, 4_000, Implemented: true),
                new ExchangeTotal("idle", Resource.Heat, 0, 0, 0, Implemented: true),
            ]);

        Assert.Equal(1, indicators[ProgrammeIndicators.Exchanges].Value);
        Assert.Equal(20_000, indicators[ExchangeEnergy].Value);
        Assert.Equal(24_000_000, indicators[ExchangeSavings].Value);
        Assert.Equal(4, indicators[ExchangeCo2eAvoided].Value);
        Assert.Contains("implemented", indicators[ProgrammeIndicators.Exchanges].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_coverage_is_the_share_of_catalog_meter_minutes_with_whole_data()
    {
        var minutes = (To - From).TotalMinutes;
        var indicators = Compute([M("dyeing-01", "grid-power", 1, minutes), M("food-01", "grid-power", 1, minutes / 2), M("nowhere", "x", 1, minutes)]);

        Assert.Equal(100 * 1.5 / Catalog.Meters.Count, indicators[DataCoverage].Value!.Value, 9);
    }

    [Fact]
    public void Shares_without_a_denominator_are_missing_with_the_reason_not_zero()
    {
        var indicators = Compute([]);

        Assert.Null(indicators[WastewaterReuseShare].Value);
        Assert.Null(indicators[WasteRecoveryShare].Value);
        Assert.Equal(0, indicators[ProgrammeIndicators.Exchanges].Value);
        Assert.Equal(ProgrammeIndicators.All.Select(d => d.Id), indicators.Values.Select(v => v.Id));
    }
}
