namespace ResourceMonitor.Domain.Catalog;

/// <summary>A demand an offer could substitute, measured by the intake meter it would replace.</summary>
/// <param name="Id">Need id, unique in the park.</param>
/// <param name="PlantId">The plant in need.</param>
/// <param name="MeterId">The intake meter whose rate the offer would replace (a boiler's heat output, city water, raw material).</param>
/// <param name="Resource">Heat, steam, water or waste (as a raw material).</param>
/// <param name="MinTemperatureC">Heat/steam: the lowest supply temperature the process accepts.</param>
/// <param name="MinWaterGrade">Water: the lowest grade the use accepts.</param>
/// <param name="AcceptedMaterials">Waste: the material codes accepted as input.</param>
/// <param name="ConversionEfficiency">How much of the substituted resource one unit of the offer replaces, e.g. a gas boiler's efficiency 0.9:
/// 1 kWh of recovered heat saves 1/0.9 kWh of gas. 1 when nothing is converted.</param>
/// <param name="Substitutes">The resource whose purchase the exchange avoids (gas for a boiler, water for city water, waste for disposal).</param>
public sealed record Need(
    string Id,
    string PlantId,
    string MeterId,
    Resource Resource,
    double? MinTemperatureC,
    WaterGrade? MinWaterGrade,
    IReadOnlyList<string> AcceptedMaterials,
    double ConversionEfficiency,
    Resource Substitutes);
