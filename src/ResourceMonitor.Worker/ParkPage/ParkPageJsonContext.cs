using System.Text.Json.Serialization;

namespace ResourceMonitor.Worker.ParkPage;

/// <summary>Source-generated JSON of the park view.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ParkView))]
internal sealed partial class ParkPageJsonContext : JsonSerializerContext;
