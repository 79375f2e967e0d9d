using System.Text.Json.Nodes;

namespace ResourceMonitor.Domain.Catalog.Live;

/// <summary>
/// Applies a <see cref="CatalogChange"/> to a catalog's JSON text, giving the new text and what the element was before.
/// The result is checked by the same <see cref="ParkCatalogLoader"/> as the file, so a live change is refused with exactly
/// the file's error texts and JSON paths (the paths of the changed catalog, e.g. <c>$.meters[42].unit</c>).
/// </summary>
public static class CatalogDocumentEdit
{
    /// <summary>The catalog <paramref name="document"/> with <paramref name="change"/> applied (the input is not modified).</summary>
    public static (JsonObject Document, JsonObject? Before) Apply(JsonObject document, CatalogChange change)
    {
        var edited = (JsonObject)document.DeepClone();
        var name = change.SectionName;
        var property = edited.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase));
        if (property.Value is not JsonArray array)
        {
            array = [];
            edited.Remove(property.Key ?? name);
            edited[name] = array;
        }

        var element = (JsonObject)change.Element.DeepClone();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject existing && new CatalogChange(change.Section, existing).Key == change.Key)
            {
                var before = (JsonObject)existing.DeepClone();
                array[i] = element;
                return (edited, before);
            }
        }

        array.Add(element);
        return (edited, null);
    }
}
