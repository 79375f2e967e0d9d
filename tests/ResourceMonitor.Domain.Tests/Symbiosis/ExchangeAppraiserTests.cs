using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Symbiosis;

namespace ResourceMonitor.Domain.Tests.Symbiosis;

/// <summary>The appraisal against figures computed by hand (worked out in the comments).</summary>
public sealed class ExchangeAppraiserTests
{
    private static readonly Finance TenPercentFifteenYears = new(0.10, 15);

    [Fact]
    public void The_annuity_factor_at_ten_percent_over_fifteen_years_is_7_606()
    {
        // (1 - 1.1^-15) / 0.1 = (1 - 0.239392) / 0.1 = 7.60608
        Assert.Equal(7.60608, TenPercentFifteenYears.AnnuityFactor, 5);
        Assert.Equal(15, new Finance(0, 15).AnnuityFactor);
    }

    [Fact]
    public void A_heat_pipe_is_appraised_by_its_length_its_savings_and_its_upkeep()
    {
        // 1 km of pipe at 10 M + 2 000 M of equipment = 12 000 M; 1 GWh a year replacing gas at 1 000 / 0.9 per kWh
        // = 1 111.11 M a year; upkeep 2 % of 12 000 M = 240 M; net 871.11 M; payback 12 000 / 871.11 = 13.7755 years;
        // NPV = -12 000 + 871.11 × 7.60608 = -5 374.26 M; CO2e 1 GWh × 0.2 / 0.9 = 222.22 t;
        // cost per tonne = (12 000 / 7.60608 - 871.11) / 222.22 = (1 577.69 - 871.11) / 222.22 = 3.17958 M per tonne.
        var value = new UnitValue(1000 / 0.9, 0.2 / 0.9);
        var cost = new ExchangeCost(PipePerMetre: 10e6, FixedEquipment: 2000e6, OperatingShare: 0.02, TruckingPerTonneKm: 0, TruckingKgCo2ePerTonneKm: 0);

        var a = ExchangeAppraiser.Appraise(Resource.Heat, 1000, 1e6, value, cost, TenPercentFifteenYears);

        Assert.Equal(12000e6, a.Investment, 0);
        Assert.Equal(1111.11, a.AnnualSavings / 1e6, 2);
        Assert.Equal(240e6, a.AnnualOperatingCost, 0);
        Assert.Equal(871.11, a.AnnualNet / 1e6, 2);
        Assert.Equal(13.7755, a.SimplePaybackYears!.Value, 4);
        Assert.Equal(-5374.26, a.NetPresentValue / 1e6, 2);
        Assert.Equal(222.222, a.AnnualCo2eTonnes, 3);
        Assert.Equal(3.17958, a.CostPerTonneCo2e!.Value / 1e6, 5);
    }

    [Fact]
    public void Trucked_waste_pays_per_tonne_km_and_its_truck_emissions_are_subtracted()
    {
        // 2 000 t a year over 2 km: 4 000 t·km. Savings 2e6 kg × 3 000 = 6 000 M; trucking 4 000 × 4 000 = 16 M;
        // equipment 100 M with 5 % upkeep = 5 M; net 6 000 - 21 = 5 979 M; payback 100 / 5 979 = 0.016725 years;
        // NPV = -100 + 5 979 × 7.60608 = 45 376.749 M; CO2e 2e6 × 0.5 = 1 000 t minus 4 000 × 0.1 kg = 0.4 t → 999.6 t.
        var value = new UnitValue(3000, 0.5);
        var cost = new ExchangeCost(0, 100e6, 0.05, 4000, 0.1);

        var a = ExchangeAppraiser.Appraise(Resource.Waste, 2000, 2e6, value, cost, TenPercentFifteenYears);

        Assert.Equal(100e6, a.Investment, 0);
        Assert.Equal(21e6, a.AnnualOperatingCost, 0);
        Assert.Equal(5979e6, a.AnnualNet, 0);
        Assert.Equal(0.016725, a.SimplePaybackYears!.Value, 6);
        Assert.Equal(45376.749, a.NetPresentValue / 1e6, 3);
        Assert.Equal(999.6, a.AnnualCo2eTonnes, 6);
        Assert.True(a.CostPerTonneCo2e < 0);
    }

    [Fact]
    public void An_exchange_whose_upkeep_exceeds_its_savings_never_pays_back()
    {
        var a = ExchangeAppraiser.Appraise(Resource.Water, 500, 1000, new UnitValue(10, 0), new ExchangeCost(1e6, 0, 0.5, 0, 0), TenPercentFifteenYears);

        Assert.Null(a.SimplePaybackYears);
        Assert.Null(a.CostPerTonneCo2e);
        Assert.True(a.NetPresentValue < -a.Investment);
    }

    [Fact]
    public void The_ranking_annualises_the_observed_quantity_and_puts_the_best_present_value_first()
    {
        var catalog = TestPark.Heat(("a", true, 95), ("b", true, 95), ("x", false, 60));
        var park = catalog.Park with
        {
            Finance = TenPercentFifteenYears,
            ExchangeCosts = new Dictionary<Resource, ExchangeCost> { [Resource.Heat] = new(10e6, 0, 0, 0, 0) },
        };
        var routes = ExchangeRoute.All(catalog);
        var seen = ParkRun.Start;
        var totals = new Dictionary<string, OpportunityTotals>
        {
            // 100 kWh over 24 h observed: 36 500 kWh a year.
            ["a--x"] = new(100, 0, 0, seen),
            ["b--x"] = new(100, 0, 0, seen),
        };

        var ranked = ExchangeRanking.Rank(park, routes, totals, new HashSet<string> { "b--x" }, seen.AddHours(24));

        Assert.Equal(["b--x", "a--x"], ranked.Select(r => r.OpportunityId));
        Assert.Equal(36500, ranked[0].Appraisal.AnnualQuantity, 6);
        Assert.Equal(24, ranked[0].ObservedHours, 6);
        Assert.True(ranked[0].IsOpen);
        Assert.False(ranked[1].IsOpen);
        // Same value, but a's pipe (1 000 m) is 500 m longer than b's.
        Assert.Equal(5000, (ranked[0].Appraisal.NetPresentValue - ranked[1].Appraisal.NetPresentValue) / 1e6, 0);
    }
}
