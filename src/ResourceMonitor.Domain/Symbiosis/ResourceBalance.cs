using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>
/// One resource's supply and demand at one evaluation, for the park view "total surplus vs total matchable demand".
/// All rates are in <paramref name="RateUnit"/>, the unit the allocation uses: the offer meter's rate (kW, m3/h), or kg
/// for waste (offers: the stock on hand; needs: the intake over the waste need horizon).
/// </summary>
/// <param name="Resource">The resource.</param>
/// <param name="RateUnit">Unit of every rate of the line.</param>
/// <param name="SurplusRate">Sum of the smoothed rates of the offers in surplus (before transport losses).</param>
/// <param name="OffersInSurplus">How many offers are in surplus.</param>
/// <param name="DemandRate">Sum of the capacities of the active needs.</param>
/// <param name="NeedsActive">How many needs are active.</param>
/// <param name="MatchableSurplusRate">The part of <paramref name="SurplusRate"/> from offers with at least one compatible, active need in reach now.</param>
/// <param name="MatchableDemandRate">The part of <paramref name="DemandRate"/> of needs with at least one compatible offer in surplus in reach now.</param>
/// <param name="AllocatedRate">Sum of the allocated rates (delivered, after losses): never more than either matchable side.</param>
public sealed record ResourceBalance(
    Resource Resource,
    string RateUnit,
    double SurplusRate,
    int OffersInSurplus,
    double DemandRate,
    int NeedsActive,
    double MatchableSurplusRate,
    double MatchableDemandRate,
    double AllocatedRate);
