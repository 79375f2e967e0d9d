using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Symbiosis;

namespace ResourceMonitor.Domain.Tests.Symbiosis;

public sealed class BalanceTests
{
    private static ResourceBalance Heat(ParkRun run) => Assert.Single(run.Last!.Balances, b => b.Resource == Resource.Heat);

    [Fact]
    public void Two_offers_and_one_need_show_the_whole_surplus_the_whole_demand_and_what_is_allocated()
    {
        var run = new ParkRun(TestPark.Heat(("a", true, 95), ("b", true, 95), ("x", false, 60)));

        run.Run(TimeSpan.FromMinutes(10), p => p switch { "a" => 300, "b" => 200, _ => 250 });

        Assert.Equal(new ResourceBalance(Resource.Heat, "kW", 500, 2, 250, 1, 500, 250, 250), Heat(run));
    }

    [Fact]
    public void An_offer_of_too_low_a_temperature_counts_as_surplus_but_not_as_matchable()
    {
        // c at 65 °C is below the need's 60 °C + 10 K approach.
        var run = new ParkRun(TestPark.Heat(("a", true, 95), ("c", true, 65), ("x", false, 60)));

        run.Run(TimeSpan.FromMinutes(10), p => p switch { "a" => 120, "c" => 400, _ => 250 });

        var heat = Heat(run);
        Assert.Equal((520, 2), (heat.SurplusRate, heat.OffersInSurplus));
        Assert.Equal(120, heat.MatchableSurplusRate, 6);
        Assert.Equal((250, 250), (heat.DemandRate, heat.MatchableDemandRate));
        Assert.Equal(120, heat.AllocatedRate, 6);
    }

    [Fact]
    public void An_offline_plant_takes_its_surplus_out_and_leaves_the_demand_unmatched()
    {
        var run = new ParkRun(TestPark.Heat(("a", true, 95), ("x", false, 60)));
        run.Run(TimeSpan.FromMinutes(10), p => p == "a" ? 300 : 250);
        Assert.Equal(250, Heat(run).AllocatedRate, 6);

        run.Engine.SetPlantOnline("a", false);
        run.Run(TimeSpan.FromMinutes(1), p => p == "a" ? 300 : 250);

        Assert.Equal(new ResourceBalance(Resource.Heat, "kW", 0, 0, 250, 1, 0, 0, 0), Heat(run));
    }

    [Fact]
    public void Transport_losses_make_the_allocated_rate_less_than_the_surplus_it_uses()
    {
        // 1 000 m at 5 % per km: 300 kW sent, 285 kW delivered.
        var plants = new[] { TestPark.Plant("a"), TestPark.Plant("x", 1000) };
        var meters = new[] { TestPark.Gauge("a", "heat", Resource.Heat, MeterRole.Discharge, "kW"), TestPark.Gauge("x", "heat", Resource.Heat, MeterRole.Intake, "kW") };
        var run = new ParkRun(new ParkCatalog(TestPark.Park(heatLoss: 0.05), plants, meters, [TestPark.HeatOffer("a", "a", "heat", 95)], [TestPark.HeatNeed("x", "x", "heat", 60)]));

        run.Run(TimeSpan.FromMinutes(10), p => p == "a" ? 300 : 900);

        var heat = Heat(run);
        Assert.Equal((300, 900), (heat.MatchableSurplusRate, heat.MatchableDemandRate));
        Assert.Equal(285, heat.AllocatedRate, 0);
    }

    [Fact]
    public void Every_resource_of_the_catalog_gets_a_line_each_evaluation_zeros_included_and_waste_is_in_kg()
    {
        var plants = new[] { TestPark.Plant("steel"), TestPark.Plant("bricks", 1000) };
        var meters = new[]
        {
            TestPark.Gauge("steel", "heat", Resource.Heat, MeterRole.Discharge, "kW"),
            TestPark.Gauge("steel", "slag", Resource.Waste, MeterRole.Discharge, "kg", new MeterQuality(MaterialCode: "10 02 02")),
            TestPark.Gauge("bricks", "raw", Resource.Waste, MeterRole.Intake, "kg/h"),
        };
        var slag = new Offer("slag", "steel", "slag", Resource.Waste, new MeterQuality(MaterialCode: "10 02 02"), 20000, 20000, "", LegalStanding.Permitted);
        var raw = new Need("raw", "bricks", "raw", Resource.Waste, null, null, ["10 02 02"], 1, Resource.Waste);
        var run = new ParkRun(new ParkCatalog(TestPark.Park(), plants, meters, [TestPark.HeatOffer("heat", "steel", "heat", 95), slag], [raw]));

        run.Run(TimeSpan.FromMinutes(10), (_, meter, _) => meter switch { "slag" => 25000, "raw" => 5000, _ => null });

        Assert.Equal(
            [
                new ResourceBalance(Resource.Heat, "kW", 0, 0, 0, 0, 0, 0, 0),
                new ResourceBalance(Resource.Waste, "kg", 25000, 1, 5000 * 24, 1, 25000, 5000 * 24, 25000),
            ],
            run.Last!.Balances);
    }
}
