namespace ResourceMonitor.Domain.Programme;

/// <summary>One programme indicator: what it is, its unit, where the framework asks for it and how it is obtained.</summary>
/// <param name="Id">Stable snake_case id (JSON, CSV, API, dashboards).</param>
/// <param name="Name">Short name for people.</param>
/// <param name="Unit">Unit of the value.</param>
/// <param name="Category">The EIP Framework's environmental or social category it reports on.</param>
/// <param name="Source">Metered or manual.</param>
/// <param name="Definition">How it is defined and computed (docs/programme.md holds the same text).</param>
public sealed record IndicatorDefinition(string Id, string Name, string Unit, string Category, IndicatorSource Source, string Definition);
