namespace ResourceMonitor.Domain.Catalog.Json;

/// <summary>Reads the route lengths per (offer, need) pair, which override the straight line between the plants.</summary>
internal static class RouteReader
{
    private const double LongestRouteMetres = 1_000_000;

    public static Dictionary<(string Offer, string Need), double> Read(
        List<RouteDocument>? docs, IReadOnlyList<Plant> plants, IReadOnlyList<Offer> offers, IReadOnlyList<Need> needs, CatalogProblems problems)
    {
        var routes = new Dictionary<(string Offer, string Need), double>();
        for (var i = 0; i < (docs?.Count ?? 0); i++)
        {
            var doc = docs![i];
            var path = $"$.routes[{i}]";
            var offer = offers.FirstOrDefault(o => o.Id == doc.Offer);
            var need = needs.FirstOrDefault(n => n.Id == doc.Need);
            if (offer is null || need is null)
            {
                problems.Add(offer is null ? $"{path}.offer" : $"{path}.need", $"'{(offer is null ? doc.Offer : doc.Need)}' is not an {(offer is null ? "offer" : "need")} of the catalog; name the offer and the need the route joins");
                continue;
            }

            if (offer.Resource != need.Resource || offer.PlantId == need.PlantId)
            {
                problems.Add(path, $"{offer.Id} and {need.Id} are no pair (a pair joins an offer and a need of the same resource at different plants); remove the route");
                continue;
            }

            var straight = Straight(plants, offer.PlantId, need.PlantId);
            var length = problems.Number(doc.LengthMetres, $"{path}.lengthMetres", "route length (metres)", 1, LongestRouteMetres);
            if (length < Math.Floor(straight))
            {
                problems.Add($"{path}.lengthMetres", $"the route of {length} m is shorter than the straight line between the plants ({straight:0} m); check the plants' coordinates or the length");
            }

            if (!routes.TryAdd((offer.Id, need.Id), length))
            {
                problems.Add(path, $"a second route for {offer.Id} → {need.Id}; keep one");
            }
        }

        return routes;
    }

    private static double Straight(IReadOnlyList<Plant> plants, string a, string b) =>
        plants.First(p => p.Id == a).Location.DistanceMetresTo(plants.First(p => p.Id == b).Location);
}
