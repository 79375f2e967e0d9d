using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>One observed pair in the park manager's ranking: who, what, how far, what it needs legally, and its appraisal.</summary>
/// <param name="OpportunityId">The pair id.</param>
/// <param name="Resource">What flows.</param>
/// <param name="From">The giving plant.</param>
/// <param name="To">The taking plant.</param>
/// <param name="DistanceMetres">Route length used for the pipe (the catalog's route, else the straight line between the plants).</param>
/// <param name="LegalStanding">Whether the exchange is permitted, needs a licence first, or is unknown.</param>
/// <param name="IsOpen">Whether the opportunity holds now.</param>
/// <param name="ObservedHours">Hours since the pair was first seen: the base of the annualised quantity.</param>
/// <param name="QuantityUnit">kWh, m3 or kg.</param>
/// <param name="Currency">The park's currency.</param>
/// <param name="Appraisal">The appraisal at the observed rate.</param>
public sealed record RankedExchange(
    string OpportunityId,
    Resource Resource,
    PlantRef From,
    PlantRef To,
    double DistanceMetres,
    LegalStanding LegalStanding,
    bool IsOpen,
    double ObservedHours,
    string QuantityUnit,
    string Currency,
    ExchangeAppraisal Appraisal);
