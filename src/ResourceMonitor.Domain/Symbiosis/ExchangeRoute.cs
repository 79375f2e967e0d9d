using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>An (offer, need) pair of different plants, same resource, within the resource's distance limit.</summary>
/// <param name="Offer">The offer.</param>
/// <param name="Need">The need.</param>
/// <param name="OfferPlant">The giving plant.</param>
/// <param name="NeedPlant">The taking plant.</param>
/// <param name="DistanceMetres">Route length: the catalog's for this pair, else the straight line between the plants.</param>
/// <param name="DeliveredShare">Share of the offered flow that arrives (transport losses).</param>
public sealed record ExchangeRoute(Offer Offer, Need Need, Plant OfferPlant, Plant NeedPlant, double DistanceMetres, double DeliveredShare)
{
    /// <summary>The opportunity id of this pair: stable, readable, usable as an MQTT topic level.</summary>
    public string OpportunityId => $"{Offer.Id}--{Need.Id}";

    /// <summary>Every route of the catalog: different plants, same resource, within the resource's exchange limit over the route's length.</summary>
    public static IReadOnlyList<ExchangeRoute> All(ParkCatalog catalog) =>
        [.. from offer in catalog.Offers
            from need in catalog.Needs
            where offer.PlantId != need.PlantId && offer.Resource == need.Resource
            where catalog.Park.ExchangeLimits.ContainsKey(offer.Resource)
            let limit = catalog.Park.ExchangeLimits[offer.Resource]
            let distance = catalog.RouteMetres(offer, need)
            where distance <= limit.MaxDistanceMetres
            select new ExchangeRoute(offer, need, Plant(catalog, offer.PlantId), Plant(catalog, need.PlantId), distance, limit.DeliveredShare(distance))];

    private static Plant Plant(ParkCatalog catalog, string id) => catalog.TryGetPlant(id, out var plant) ? plant : throw new InvalidOperationException($"plant {id} missing");
}
