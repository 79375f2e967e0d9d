using System.Text.Json.Nodes;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Symbiosis;

namespace ResourceMonitor.Domain.Tests.Catalog;

/// <summary>Treated effluent is the lowest water grade: it serves only a need that accepts it as it is.</summary>
public sealed class TreatedEffluentTests
{
    private static Offer Effluent() => new("o", "a", "m", Resource.Water, new MeterQuality(WaterGrade: WaterGrade.TreatedEffluent), 1, 1, "", LegalStanding.Permitted);

    private static Need WaterNeed(WaterGrade min) => new("n", "b", "m", Resource.Water, null, min, [], 1, Resource.Water);

    [Fact]
    public void Treated_effluent_sits_below_irrigation_in_the_grade_order()
    {
        Assert.Equal([WaterGrade.TreatedEffluent, WaterGrade.Irrigation, WaterGrade.Cooling, WaterGrade.Process, WaterGrade.Potable], Enum.GetValues<WaterGrade>().Order());
    }

    [Fact]
    public void Treated_effluent_serves_a_need_that_accepts_it_and_no_higher_one()
    {
        Assert.Null(Compatibility.WhyNot(Effluent(), null, WaterNeed(WaterGrade.TreatedEffluent), 10));
        Assert.Contains("below the need's Irrigation", Compatibility.WhyNot(Effluent(), null, WaterNeed(WaterGrade.Irrigation), 10), StringComparison.Ordinal);
        Assert.Null(Compatibility.WhyNot(Effluent() with { Quality = new MeterQuality(WaterGrade: WaterGrade.Cooling) }, null, WaterNeed(WaterGrade.TreatedEffluent), 10));
    }

    [Fact]
    public void The_catalog_spells_it_treated_effluent()
    {
        var json = JsonNode.Parse(File.ReadAllText(SampleCatalogTests.SamplePath))!.AsObject();
        var effluent = json["meters"]!.AsArray().First(m => m!["quality"]?["waterGrade"] is not null)!;
        effluent["quality"]!["waterGrade"] = "treated-effluent";
        var need = json["needs"]!.AsArray().First(n => n!["minWaterGrade"] is not null)!;
        need["minWaterGrade"] = "treated-effluent";

        var catalog = ParkCatalogLoader.Parse(json.ToJsonString(), "effluent.json");

        Assert.Contains(catalog.Meters, m => m.Quality.WaterGrade == WaterGrade.TreatedEffluent);
        Assert.Contains(catalog.Needs, n => n.MinWaterGrade == WaterGrade.TreatedEffluent);
    }
}
