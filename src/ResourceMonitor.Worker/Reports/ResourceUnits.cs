using ResourceMonitor.Contracts;

namespace ResourceMonitor.Worker.Reports;

/// <summary>The canonical unit a resource's usage is stored in (docs/design.md §2: the edge agent converts everything else).</summary>
public static class ResourceUnits
{
    /// <summary>The unit of <paramref name="resource"/>'s usage.</summary>
    public static string Of(string resource) => resource.Split('-')[0] switch
    {
        "electricity" or "heat" or "gas" => CanonicalUnits.KilowattHour,
        "water" => CanonicalUnits.CubicMetre,
        "steam" or "waste" => CanonicalUnits.Kilogram,
        "production" => CanonicalUnits.Unit,
        _ => "?",
    };
}
