using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>
/// The park manager's list: every pair observed so far, appraised at its observed rate (its lifetime delivered quantity
/// over the hours since it was first seen, times a year), best net present value first. Pairs of a resource without a
/// cost model, or a park without finance settings, are left out.
/// </summary>
public static class ExchangeRanking
{
    /// <summary>Ranks the observed pairs of <paramref name="routes"/> at <paramref name="now"/>.</summary>
    public static IReadOnlyList<RankedExchange> Rank(
        Park park, IEnumerable<ExchangeRoute> routes, IReadOnlyDictionary<string, OpportunityTotals> totals, IReadOnlySet<string> open, DateTimeOffset now)
    {
        if (park.Finance is not { } finance || park.ExchangeCosts is not { } costs)
        {
            return [];
        }

        var ranked = new List<RankedExchange>();
        foreach (var route in routes)
        {
            var resource = route.Offer.Resource;
            if (!costs.TryGetValue(resource, out var cost) || !totals.TryGetValue(route.OpportunityId, out var total)
                || total.FirstSeenAt is not { } firstSeen || now <= firstSeen)
            {
                continue;
            }

            var hours = (now - firstSeen).TotalHours;
            var annual = total.Quantity / hours * ExchangeAppraiser.HoursPerYear;
            var appraisal = ExchangeAppraiser.Appraise(resource, route.DistanceMetres, annual, UnitValue.Of(route.Need, park), cost, finance);
            ranked.Add(new RankedExchange(
                route.OpportunityId, resource, new PlantRef(route.OfferPlant.Id, route.OfferPlant.Name), new PlantRef(route.NeedPlant.Id, route.NeedPlant.Name),
                Math.Round(route.DistanceMetres), route.Offer.LegalStanding, open.Contains(route.OpportunityId), hours, QuantityUnitOf(resource), park.Currency, appraisal));
        }

        return [.. ranked.OrderByDescending(r => r.Appraisal.NetPresentValue)];
    }

    private static string QuantityUnitOf(Resource resource) => resource switch
    {
        Resource.Water => CanonicalUnits.CubicMetre,
        Resource.Waste => CanonicalUnits.Kilogram,
        _ => CanonicalUnits.KilowattHour,
    };
}
