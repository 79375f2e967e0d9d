using System.Text.Json.Nodes;

namespace ResourceMonitor.Domain.Catalog.Live;

/// <summary>
/// One live change of a park catalog: <paramref name="Element"/> (a plant, meter, offer or need written exactly as in the
/// catalog file) replaces the element of <paramref name="Section"/> with the same key, or is added when there is none.
/// </summary>
/// <param name="Section">Which array of the catalog.</param>
/// <param name="Element">The element as the catalog file writes it.</param>
public sealed record CatalogChange(CatalogSection Section, JsonObject Element)
{
    /// <summary>The element's key: its <c>id</c>, for meters <c>plant/id</c>; empty parts when the element lacks them.</summary>
    public string Key => Section == CatalogSection.Meters ? $"{Text(Element, "plant")}/{Text(Element, "id")}" : Text(Element, "id");

    /// <summary>The JSON name of the section (<c>plants</c>, <c>meters</c>, <c>offers</c>, <c>needs</c>).</summary>
    public string SectionName => SectionNameOf(Section);

    /// <summary>The JSON name of <paramref name="section"/>.</summary>
    public static string SectionNameOf(CatalogSection section) => section.ToString().ToLowerInvariant();

    /// <summary>The section a JSON name stands for, or null.</summary>
    public static CatalogSection? SectionOf(string name) => name switch
    {
        "plants" => CatalogSection.Plants,
        "meters" => CatalogSection.Meters,
        "offers" => CatalogSection.Offers,
        "needs" => CatalogSection.Needs,
        _ => null,
    };

    internal static string Text(JsonObject element, string name) =>
        element.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value is JsonValue value
        && value.TryGetValue<string>(out var text) ? text : string.Empty;
}
