namespace ResourceMonitor.Domain.Catalog;

/// <summary>A surplus a plant is willing to give: measured by a discharge or output meter.</summary>
/// <param name="Id">Offer id, unique in the park.</param>
/// <param name="PlantId">The offering plant.</param>
/// <param name="MeterId">The meter that measures the surplus (a rate gauge, a counter, or for waste a stock gauge in kg).</param>
/// <param name="Resource">Heat, steam, water or waste.</param>
/// <param name="Quality">What is offered: temperature, grade or material code.</param>
/// <param name="OpenAbove">The smoothed rate above which the surplus opens (rate unit); for waste, the minimum lot in kg.</param>
/// <param name="CloseBelow">The smoothed rate below which it closes (≤ <paramref name="OpenAbove"/>: hysteresis).</param>
/// <param name="Schedule">When the plant is willing to give, free text for people (e.g. "24/7", "Mon-Sat 06:00-22:00").</param>
/// <param name="LegalStanding">For waste: whether taking it as an input is permitted, needs a licence, or is unknown.</param>
public sealed record Offer(
    string Id,
    string PlantId,
    string MeterId,
    Resource Resource,
    MeterQuality Quality,
    double OpenAbove,
    double CloseBelow,
    string Schedule,
    LegalStanding LegalStanding);
