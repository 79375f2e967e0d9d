namespace ResourceMonitor.Domain.Catalog.Json;

/// <summary>A route length as written in the catalog: the pipe or road between one offer and one need.</summary>
internal sealed class RouteDocument
{
    public string? Offer { get; set; }
    public string? Need { get; set; }
    public double? LengthMetres { get; set; }
}
