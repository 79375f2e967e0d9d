using System.Text.Json;
using System.Text.Json.Serialization;
using ResourceMonitor.Worker.Api;

namespace ResourceMonitor.Worker.Reports;

/// <summary>Source-generated JSON of the report link answer (camelCase).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ReportLinkToken))]
internal sealed partial class ReportLinkJsonContext : JsonSerializerContext;
