using System.Text.Json.Serialization;

namespace ResourceMonitor.Worker.Baselines;

/// <summary>Source-generated JSON for <see cref="DeviationAlert"/>.</summary>
[JsonSerializable(typeof(DeviationAlert))]
public sealed partial class DeviationAlertJsonContext : JsonSerializerContext;
