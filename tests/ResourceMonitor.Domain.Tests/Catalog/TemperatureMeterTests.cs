using System.Text.Json.Nodes;
using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Domain.Tests.Catalog;

public sealed class TemperatureMeterTests
{
    [Fact]
    public void A_heat_offer_may_take_its_temperature_from_a_degC_meter_of_its_plant()
    {
        var json = WithTemperatureMeter("cooling-temp");

        var catalog = ParkCatalogLoader.Parse(json.ToJsonString(), "sample.json");

        var offer = catalog.Offers.Single(o => o.Id == "steel-waste-heat");
        Assert.Equal("cooling-temp", offer.Quality.TemperatureMeter);
    }

    [Fact]
    public void A_temperature_meter_that_does_not_exist_is_refused_with_its_key()
    {
        var json = WithTemperatureMeter("nowhere");

        var ex = Assert.Throws<CatalogException>(() => ParkCatalogLoader.Parse(json.ToJsonString(), "broken.json"));

        Assert.Contains(ex.Problems, p => p.Contains(".quality.temperatureMeter:", StringComparison.Ordinal) && p.Contains("'nowhere' is not a degC meter", StringComparison.Ordinal));
    }

    [Fact]
    public void An_offer_pointing_at_a_temperature_instead_of_a_flow_is_refused()
    {
        var json = WithTemperatureMeter("cooling-temp");
        json["offers"]!.AsArray().Single(o => (string?)o!["id"] == "steel-waste-heat")!["meter"] = "cooling-temp";

        var ex = Assert.Throws<CatalogException>(() => ParkCatalogLoader.Parse(json.ToJsonString(), "broken.json"));

        Assert.Contains(ex.Problems, p => p.Contains(".meter:", StringComparison.Ordinal) && p.Contains("measures a temperature", StringComparison.Ordinal));
    }

    private static JsonObject WithTemperatureMeter(string reference)
    {
        var json = JsonNode.Parse(File.ReadAllText(SampleCatalogTests.SamplePath))!.AsObject();
        var meters = json["meters"]!.AsArray();
        meters.Add(new JsonObject
        {
            ["id"] = "cooling-temp", ["plant"] = "steel-01", ["resource"] = "heat", ["role"] = "discharge",
            ["unit"] = "degC", ["kind"] = "gauge",
        });
        var heat = meters.Single(m => (string?)m!["id"] == "cooling-heat")!;
        heat["quality"] = new JsonObject { ["temperatureMeter"] = reference };
        return json;
    }
}
