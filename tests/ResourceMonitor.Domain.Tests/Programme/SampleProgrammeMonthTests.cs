using System.Globalization;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Programme;
using ResourceMonitor.Domain.Tests.Catalog;
using Xunit.Abstractions;
using static ResourceMonitor.Domain.Programme.ProgrammeIndicators;

namespace ResourceMonitor.Domain.Tests.Programme;

/// <summary>
/// The five sample parks' indicators for a 30-day month in which every meter runs at its catalog's nominal rate over its
/// profile's hours (illustrative: the figures of docs/programme.md "The sample parks at nominal rates").
/// </summary>
public class SampleProgrammeMonthTests(ITestOutputHelper output)
{
    private static readonly (string Park, double Hectares)[] Parks = [("deep-c", 3400), ("amata", 700), ("hiep-phuoc", 2000), ("tra-noc", 300), ("hoa-khanh", 400)];
    private static readonly DateTimeOffset From = new(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Every_sample_park_at_nominal_rates_has_energy_water_ghg_and_intensities_and_no_exchange_counted()
    {
        output.WriteLine("park | energy MWh | kWh/t | water m3 | m3/t | tCO2e | tCO2e/ha | wastewater m3 | waste t");
        foreach (var (park, hectares) in Parks)
        {
            var catalog = ParkCatalogLoader.LoadFile(Path.Combine(Path.GetDirectoryName(SampleCatalogTests.SamplePath)!, park + ".json"));
            var indicators = ProgrammeIndicatorCalculator.Compute(new ParkPeriodData(
                catalog, From, From.AddDays(30), NominalMonth(catalog), [], new Dictionary<string, double> { [LandArea] = hectares }));

            foreach (var id in new[] { EnergyUse, EnergyPerTonne, WaterWithdrawal, GhgEmissions, GhgPerHectare, WastewaterDischarged, WasteGenerated })
            {
                Assert.True(indicators[id].Value > 0, $"{park} {id}");
            }

            Assert.Equal(0, indicators[ProgrammeIndicators.Exchanges].Value);
            Assert.Equal(0, indicators[WasteRecoveryShare].Value);
            Assert.Equal(100, indicators[DataCoverage].Value!.Value, 6);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{park} | {indicators[EnergyUse].Value / 1000:#,0} | {indicators[EnergyPerTonne].Value:#,0} | {indicators[WaterWithdrawal].Value:#,0} | {indicators[WaterPerTonne].Value:0.0} | {indicators[GhgEmissions].Value:#,0} | {indicators[GhgPerHectare].Value:0.00} | {indicators[WastewaterDischarged].Value:#,0} | {indicators[WasteGenerated].Value:#,0}"));
        }
    }

    private static List<MeterPeriodTotal> NominalMonth(ParkCatalog catalog)
    {
        const double Hours = 30 * 24;
        return catalog.Meters.Select(m => new MeterPeriodTotal(
            m.PlantId,
            m.Id,
            m.Resource == Resource.Weather ? 0 : (m.Nominal ?? 0) * Hours * ShareOfDay(m.Profile),
            Hours * 60)).ToList();
    }

    /// <summary>Roughly the share of the day a profile runs (the simulator's shapes are smoother).</summary>
    private static double ShareOfDay(string? profile) => profile switch
    {
        "two-shift" => 16.0 / 24,
        "day-shift" => 8.0 / 24,
        _ => 1,
    };
}
