namespace ResourceMonitor.Domain.Catalog;

/// <summary>A factory of the park.</summary>
/// <param name="Id">Plant id (contract id rules), the <c>{plant}</c> of its topics.</param>
/// <param name="Name">Display name, the only identity other plants see.</param>
/// <param name="Sector">Industry sector, e.g. "textile dyeing".</param>
/// <param name="Location">Where it is.</param>
public sealed record Plant(string Id, string Name, string Sector, GeoLocation Location);
