using System.Text.Json.Nodes;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Symbiosis;

namespace ResourceMonitor.Domain.Tests.Catalog;

/// <summary>Route lengths per (offer, need) pair override the straight line: the distance check and the pipe investment use them.</summary>
public sealed class RouteLengthTests
{
    private const string Pair = "steel-waste-heat--dyeing-boiler-heat";

    private static ParkCatalog Load(Action<JsonObject> change)
    {
        var json = JsonNode.Parse(File.ReadAllText(SampleCatalogTests.SamplePath))!.AsObject();
        change(json);
        return ParkCatalogLoader.Parse(json.ToJsonString(), "routes.json");
    }

    private static JsonObject Route(string offer, string need, double metres) =>
        new() { ["offer"] = offer, ["need"] = need, ["lengthMetres"] = metres };

    [Fact]
    public void A_route_length_replaces_the_straight_line_for_its_pair_only()
    {
        var catalog = Load(json => json["routes"] = new JsonArray(Route("steel-waste-heat", "dyeing-boiler-heat", 1800)));
        var routes = ExchangeRoute.All(catalog).ToDictionary(r => r.OpportunityId);

        Assert.Equal(1800, routes[Pair].DistanceMetres);
        Assert.Equal(1 - (0.04 * 1.8), routes[Pair].DeliveredShare, 9);
        Assert.Equal(catalog.DistanceMetres("steel-01", "food-01"), routes["steel-waste-heat--food-hot-water"].DistanceMetres);
    }

    [Fact]
    public void A_route_longer_than_the_resource_limit_takes_the_pair_out_of_reach()
    {
        // Heat's limit in the sample is 3 km; the straight line is 948 m.
        var catalog = Load(json => json["routes"] = new JsonArray(Route("steel-waste-heat", "dyeing-boiler-heat", 3200)));

        Assert.DoesNotContain(ExchangeRoute.All(catalog), r => r.OpportunityId == Pair);
    }

    [Fact]
    public void The_pipe_investment_is_priced_on_the_route_length()
    {
        var straight = Load(_ => { });
        var routed = Load(json => json["routes"] = new JsonArray(Route("steel-waste-heat", "dyeing-boiler-heat", 1948)));
        var totals = new Dictionary<string, OpportunityTotals> { [Pair] = new(1000, 0, 0, new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero)) };
        var at = new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero);

        var a = ExchangeRanking.Rank(straight.Park, ExchangeRoute.All(straight), totals, new HashSet<string>(), at).Single();
        var b = ExchangeRanking.Rank(routed.Park, ExchangeRoute.All(routed), totals, new HashSet<string>(), at).Single();

        // The straight line is 948.05 m: 999.95 m more pipe at the sample's 10 M VND per metre.
        var more = 1948 - straight.DistanceMetres("steel-01", "dyeing-01");
        Assert.InRange(more, 999, 1000);
        Assert.Equal(more * 10e6, b.Appraisal.Investment - a.Appraisal.Investment, 0);
        Assert.Equal(1948, b.DistanceMetres);
    }

    [Fact]
    public void Broken_routes_are_named_with_their_key_and_the_fix()
    {
        var ex = Assert.Throws<CatalogException>(() => Load(json => json["routes"] = new JsonArray(
            Route("steel-waste-heat", "dyeing-boiler-heat", 500),
            Route("ghost-offer", "dyeing-boiler-heat", 1000),
            Route("steel-waste-heat", "paper-ct-makeup", 1000),
            Route("power-recovered-heat", "dyeing-boiler-heat", 2000),
            Route("power-recovered-heat", "dyeing-boiler-heat", 2100))));

        Assert.Contains(ex.Problems, p => p.StartsWith("$.routes[0].lengthMetres:", StringComparison.Ordinal) && p.Contains("shorter than the straight line between the plants (948 m)", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.StartsWith("$.routes[1].offer:", StringComparison.Ordinal) && p.Contains("'ghost-offer' is not an offer", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.StartsWith("$.routes[2]:", StringComparison.Ordinal) && p.Contains("no pair", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.StartsWith("$.routes[4]:", StringComparison.Ordinal) && p.Contains("a second route", StringComparison.Ordinal));
        Assert.Equal(4, ex.Problems.Count);
    }
}
