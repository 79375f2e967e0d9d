using System.Text.Json.Serialization;

namespace ResourceMonitor.Worker.Ingest.Sequencing;

/// <summary>Source-generated JSON of the sequence marks file.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(List<SequenceState>))]
internal sealed partial class SequenceMarksJsonContext : JsonSerializerContext;
