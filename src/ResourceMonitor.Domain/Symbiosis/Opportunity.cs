using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Exchanges;

namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>
/// One (offer, need) pair and what it is worth now. Carries only what the two plants need to act (the offer's
/// resource, quality, rate, the other plant's name and the distance), never a plant's meter ids or readings.
/// </summary>
/// <param name="Id">The pair id, <c>{offer}--{need}</c>.</param>
/// <param name="OfferId">The offer.</param>
/// <param name="NeedId">The need.</param>
/// <param name="Resource">What flows.</param>
/// <param name="From">The giving plant.</param>
/// <param name="To">The taking plant.</param>
/// <param name="Quality">What is offered.</param>
/// <param name="DistanceMetres">How far apart the plants are.</param>
/// <param name="LegalStanding">Whether the exchange is permitted, needs a licence first, or is unknown.</param>
/// <param name="RateUnit">Unit of the rates (kW, m3/h; kg for waste lots).</param>
/// <param name="PotentialRate">min(offer surplus after transport losses, need intake).</param>
/// <param name="AllocatedRate">What the park allocation gives this pair (no offer or need over-committed).</param>
/// <param name="Status">Open or closed.</param>
/// <param name="OpenedAt">When it opened (this episode).</param>
/// <param name="UpdatedAt">When it was last announced.</param>
/// <param name="ClosedAt">When it closed, if closed.</param>
/// <param name="Totals">Matched quantity, money and CO2e since first seen.</param>
/// <param name="Currency">The park's currency.</param>
/// <param name="AllocationBelowFloor">
/// The park allocation gives this pair less than the floor share of its potential (the surplus goes to better pairs):
/// the pair holds physically but is not what the park would build now.
/// </param>
/// <param name="Exchange">
/// Its way to a running exchange (workflow stage, licences), added by the host from the exchange register; null where
/// the host has none (the detection engine alone).
/// </param>
public sealed record Opportunity(
    string Id,
    string OfferId,
    string NeedId,
    Resource Resource,
    PlantRef From,
    PlantRef To,
    OfferedQuality Quality,
    double DistanceMetres,
    LegalStanding LegalStanding,
    string RateUnit,
    double PotentialRate,
    double AllocatedRate,
    OpportunityStatus Status,
    DateTimeOffset OpenedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ClosedAt,
    OpportunityTotals Totals,
    string Currency,
    bool AllocationBelowFloor = false,
    ExchangeStatus? Exchange = null)
{
    /// <summary>True when <paramref name="plantId"/> gives or takes in this opportunity.</summary>
    public bool Concerns(string plantId) => From.Id == plantId || To.Id == plantId;
}
