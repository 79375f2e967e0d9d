using System.Text.Json.Nodes;
using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Worker.Catalog;

/// <summary>One park's catalog as it stands now: the validated catalog and the JSON it was read from (what live changes edit).</summary>
/// <param name="Catalog">The validated catalog.</param>
/// <param name="Document">Its JSON, the seed file with every live change applied.</param>
/// <param name="Source">The seed file.</param>
public sealed record LiveCatalog(ParkCatalog Catalog, JsonObject Document, string Source)
{
    /// <summary>Reads and validates a catalog file.</summary>
    public static LiveCatalog Load(string file)
    {
        var catalog = ParkCatalogLoader.LoadFile(file);
        var document = JsonNode.Parse(File.ReadAllText(file), documentOptions: new System.Text.Json.JsonDocumentOptions
        {
            CommentHandling = System.Text.Json.JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        })!.AsObject();
        return new LiveCatalog(catalog, document, file);
    }
}
