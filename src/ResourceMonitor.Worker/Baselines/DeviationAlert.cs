using System.Text.Json.Serialization;

namespace ResourceMonitor.Worker.Baselines;

/// <summary>
/// The alert published on <c>rm/v1/{park}/alerts</c> when a meter's deviation from its hour-of-week band opens or
/// closes (docs/baselines.md). Levels are per hour: usage per hour for counters, the value for gauges.
/// </summary>
public sealed record DeviationAlert(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("park")] string Park,
    [property: JsonPropertyName("plant")] string Plant,
    [property: JsonPropertyName("meter")] string Meter,
    [property: JsonPropertyName("direction")] string Direction,
    [property: JsonPropertyName("ts")] DateTimeOffset Timestamp,
    [property: JsonPropertyName("since")] DateTimeOffset Since,
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("peak")] double Peak,
    [property: JsonPropertyName("p10")] double P10,
    [property: JsonPropertyName("median")] double Median,
    [property: JsonPropertyName("p90")] double P90)
{
    /// <summary>The <c>type</c> of every baseline deviation alert.</summary>
    public const string AlertType = "baseline_deviation";
}
