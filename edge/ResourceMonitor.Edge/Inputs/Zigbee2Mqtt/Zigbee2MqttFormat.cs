using System.Text.Json;

namespace ResourceMonitor.Edge.Inputs.Zigbee2Mqtt;

/// <summary>
/// Zigbee2MQTT device state (<c>zigbee2mqtt/&lt;friendly name&gt;</c>): a flat JSON object (<c>energy</c> in kWh,
/// <c>power</c> in W, <c>temperature</c> in °C...). Devices send partial states, so a missing field is skipped.
/// <c>last_seen</c> is used as the meter time when Zigbee2MQTT is configured to add it (ISO 8601 or epoch milliseconds).
/// </summary>
public sealed class Zigbee2MqttFormat : IPayloadFormat
{
    /// <inheritdoc />
    public string Name => "zigbee2mqtt";

    /// <inheritdoc />
    public string? Validate(MeterMappingOptions mapping) =>
        string.IsNullOrWhiteSpace(mapping.Field) ? "set Field to the exposed property, e.g. energy or power" : null;

    /// <inheritdoc />
    public Extraction Extract(ReadOnlyMemory<byte> payload, MeterMappingOptions mapping, TimeZoneInfo zone) =>
        JsonPayload.Read(payload, root =>
        {
            DateTimeOffset? time = null;
            if (root.TryGetProperty("last_seen", out var seen))
            {
                if (seen.ValueKind == JsonValueKind.Number && seen.TryGetDouble(out var ms) && MeterTime.TryFromUnix(ms, milliseconds: true, out var fromEpoch))
                {
                    time = fromEpoch;
                }
                else if (seen.ValueKind == JsonValueKind.String && MeterTime.TryParseIso(seen.GetString(), zone, out var fromIso))
                {
                    time = fromIso;
                }
            }

            return JsonPayload.Number(root, mapping.Field!, time, absentIsNormal: true, PhaseSelection.Of(mapping));
        });
}
