using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Symbiosis;

namespace ResourceMonitor.Domain.Tests.Symbiosis;

public sealed class CompatibilityTests
{
    private static Offer Water(WaterGrade grade) => new("o", "a", "m", Resource.Water, new MeterQuality(WaterGrade: grade), 1, 1, "", LegalStanding.Permitted);

    private static Need WaterNeed(WaterGrade min) => new("n", "b", "m", Resource.Water, null, min, [], 1, Resource.Water);

    [Theory]
    [InlineData(95, 70, null)]
    [InlineData(80, 70, null)]
    [InlineData(79.9, 70, "below the need's 70 °C + 10 K approach")]
    [InlineData(60, 70, "below")]
    public void Heat_must_be_at_least_the_need_minimum_plus_the_approach_margin(double offer, double need, string? why)
    {
        var result = Compatibility.WhyNot(TestPark.HeatOffer("o", "a", "m", offer), null, TestPark.HeatNeed("n", "b", "m", need), 10);

        if (why is null)
        {
            Assert.Null(result);
        }
        else
        {
            Assert.Contains(why, result, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_live_temperature_overrides_the_declared_level()
    {
        var offer = TestPark.HeatOffer("o", "a", "m", 95);

        Assert.NotNull(Compatibility.WhyNot(offer, 75, TestPark.HeatNeed("n", "b", "m", 70), 10));
    }

    [Fact]
    public void Water_grade_must_be_at_least_the_need_grade()
    {
        Assert.Null(Compatibility.WhyNot(Water(WaterGrade.Cooling), null, WaterNeed(WaterGrade.Cooling), 10));
        Assert.Null(Compatibility.WhyNot(Water(WaterGrade.Process), null, WaterNeed(WaterGrade.Cooling), 10));
        Assert.Contains("below the need's Process", Compatibility.WhyNot(Water(WaterGrade.Cooling), null, WaterNeed(WaterGrade.Process), 10), StringComparison.Ordinal);
    }

    [Fact]
    public void Waste_material_must_be_among_the_accepted_codes()
    {
        var slag = new Offer("o", "a", "m", Resource.Waste, new MeterQuality(MaterialCode: "10 02 02"), 1, 1, "", LegalStanding.Permitted);
        var bricks = new Need("n", "b", "m", Resource.Waste, null, null, ["10 02 02", "03 03 11"], 1, Resource.Waste);
        var cement = new Need("n", "b", "m", Resource.Waste, null, null, ["10 01 02"], 1, Resource.Waste);

        Assert.Null(Compatibility.WhyNot(slag, null, bricks, 10));
        Assert.Contains("not among the accepted", Compatibility.WhyNot(slag, null, cement, 10), StringComparison.Ordinal);
    }

    [Fact]
    public void Pairs_beyond_the_resource_distance_limit_or_within_one_plant_are_no_routes()
    {
        var near = TestPark.Plant("near", 0);
        var far = TestPark.Plant("far", 4000);
        var catalog = new ParkCatalog(TestPark.Park(heatLimit: 3000), [near, far],
            [TestPark.Gauge("near", "out", Resource.Heat, MeterRole.Discharge, "kW"), TestPark.Gauge("near", "in", Resource.Heat, MeterRole.Intake, "kW"),
             TestPark.Gauge("far", "in", Resource.Heat, MeterRole.Intake, "kW")],
            [TestPark.HeatOffer("o", "near", "out", 95)],
            [TestPark.HeatNeed("own", "near", "in", 60), TestPark.HeatNeed("remote", "far", "in", 60)]);

        Assert.Empty(ExchangeRoute.All(catalog));
    }

    [Fact]
    public void Transport_losses_grow_with_distance()
    {
        var catalog = new ParkCatalog(TestPark.Park(heatLoss: 0.05), [TestPark.Plant("a"), TestPark.Plant("b", 2000)],
            [TestPark.Gauge("a", "out", Resource.Heat, MeterRole.Discharge, "kW"), TestPark.Gauge("b", "in", Resource.Heat, MeterRole.Intake, "kW")],
            [TestPark.HeatOffer("o", "a", "out", 95)], [TestPark.HeatNeed("n", "b", "in", 60)]);

        var route = Assert.Single(ExchangeRoute.All(catalog));

        Assert.Equal(2000, route.DistanceMetres, 0);
        Assert.Equal(0.9, route.DeliveredShare, 3);
    }
}
