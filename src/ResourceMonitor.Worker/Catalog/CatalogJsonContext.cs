using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResourceMonitor.Worker.Catalog;

/// <summary>Source-generated JSON of the catalog feature (audit trail, API answers).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CatalogAuditEntry))]
[JsonSerializable(typeof(IReadOnlyList<CatalogAuditEntry>))]
[JsonSerializable(typeof(CatalogChangeResult))]
internal sealed partial class CatalogJsonContext : JsonSerializerContext;
