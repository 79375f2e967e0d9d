using System.Text.Json.Nodes;
using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Domain.Tests.Catalog;

public class BrokenCatalogTests
{
    private static CatalogException LoadBroken(Action<JsonObject> breakIt)
    {
        var json = JsonNode.Parse(File.ReadAllText(SampleCatalogTests.SamplePath))!.AsObject();
        breakIt(json);
        return Assert.Throws<CatalogException>(() => ParkCatalogLoader.Parse(json.ToJsonString(), "broken.json"));
    }

    [Fact]
    public void Missing_file_names_the_path_and_the_setting_to_fix()
    {
        var ex = Assert.Throws<CatalogException>(() => ParkCatalogLoader.LoadFile("/nonexistent/park.json"));

        Assert.Contains("/nonexistent/park.json", ex.Message);
        Assert.Contains("Catalog:Path", ex.Message);
    }

    [Fact]
    public void Malformed_json_is_reported_with_its_line()
    {
        var ex = Assert.Throws<CatalogException>(() => ParkCatalogLoader.Parse("{ \"park\": { \"id\": ", "bad.json"));

        Assert.Contains("bad.json", ex.Message);
        Assert.Contains("line", ex.Message);
    }

    [Fact]
    public void Finance_and_exchange_costs_are_checked_like_the_rest()
    {
        var ex = LoadBroken(json =>
        {
            json["park"]!["finance"]!["discountRate"] = 1.5;
            json["park"]!["finance"]!.AsObject().Remove("lifetimeYears");
            json["park"]!["exchangeCosts"]!["gas"] = new JsonObject { ["pipePerMetre"] = 1 };
            json["park"]!["exchangeCosts"]!["heat"]!["operatingShare"] = -0.1;
        });

        Assert.Contains(ex.Problems, p => p.StartsWith("$.park.finance.discountRate:", StringComparison.Ordinal) && p.Contains("out of range"));
        Assert.Contains(ex.Problems, p => p.StartsWith("$.park.finance.lifetimeYears:", StringComparison.Ordinal) && p.Contains("missing"));
        Assert.Contains(ex.Problems, p => p.StartsWith("$.park.exchangeCosts.gas:", StringComparison.Ordinal) && p.Contains("no exchange limit"));
        Assert.Contains(ex.Problems, p => p.StartsWith("$.park.exchangeCosts.heat.operatingShare:", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_problem_is_listed_with_its_json_path()
    {
        var ex = LoadBroken(json =>
        {
            json["park"]!["timeZone"] = "Mars/Olympus_Mons";
            json["meters"]![0]!["unit"] = "kwh";
            json["meters"]![1]!["plant"] = "ghost-plant";
            json["plants"]![1]!["id"] = json["plants"]![0]!["id"]!.GetValue<string>();
        });

        Assert.Contains(ex.Problems, p => p.StartsWith("$.park.timeZone:", StringComparison.Ordinal) && p.Contains("Mars/Olympus_Mons"));
        Assert.Contains(ex.Problems, p => p.StartsWith("$.meters[0].unit:", StringComparison.Ordinal) && p.Contains("'kwh' is not a canonical unit"));
        Assert.Contains(ex.Problems, p => p.StartsWith("$.meters[1].plant:", StringComparison.Ordinal) && p.Contains("ghost-plant"));
        Assert.Contains(ex.Problems, p => p.StartsWith("$.plants[1].id:", StringComparison.Ordinal) && p.Contains("declared twice"));
        Assert.Contains("broken.json", ex.Message);
    }

    [Fact]
    public void A_counter_in_a_rate_unit_is_refused()
    {
        var ex = LoadBroken(json => json["meters"]![0]!["unit"] = "kW");

        Assert.Contains(ex.Problems, p => p.StartsWith("$.meters[0].unit:", StringComparison.Ordinal) && p.Contains("counter accumulates"));
    }

    [Fact]
    public void An_offer_on_an_intake_meter_and_a_need_without_temperature_are_refused()
    {
        var ex = LoadBroken(json =>
        {
            json["offers"]![0]!["plant"] = "dyeing-01";
            json["offers"]![0]!["meter"] = "boiler-heat";
            json["needs"]![0]!.AsObject().Remove("minTemperatureC");
        });

        Assert.Contains(ex.Problems, p => p.StartsWith("$.offers[0].meter:", StringComparison.Ordinal) && p.Contains("discharge or output"));
        Assert.Contains(ex.Problems, p => p.StartsWith("$.needs[0].minTemperatureC:", StringComparison.Ordinal));
    }

    [Fact]
    public void Hysteresis_thresholds_in_the_wrong_order_are_refused()
    {
        var ex = LoadBroken(json => json["offers"]![0]!["closeBelow"] = 10_000);

        Assert.Contains(ex.Problems, p => p.StartsWith("$.offers[0].closeBelow:", StringComparison.Ordinal) && p.Contains("hysteresis"));
    }

    [Fact]
    public void A_waste_offer_needs_its_material_code_and_a_known_legal_standing()
    {
        var ex = LoadBroken(json =>
        {
            var offer = json["offers"]!.AsArray().First(o => o!["id"]!.GetValue<string>() == "steel-slag")!;
            offer["legalStanding"] = "probably";
            var meter = json["meters"]!.AsArray().First(m => m!["id"]!.GetValue<string>() == "slag-stock")!;
            meter.AsObject().Remove("quality");
        });

        Assert.Contains(ex.Problems, p => p.Contains(".quality.materialCode:", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Contains(".legalStanding:", StringComparison.Ordinal) && p.Contains("needs-licence"));
    }
}
