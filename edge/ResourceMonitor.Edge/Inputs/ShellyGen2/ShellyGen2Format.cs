using System.Text.Json;

namespace ResourceMonitor.Edge.Inputs.ShellyGen2;

/// <summary>
/// Shelly Gen2/Gen3 (Plus, Pro, Mini, Pro 3EM, Pro EM). Two topics carry the same component status:
/// <list type="bullet">
/// <item>JSON-RPC notifications on <c>&lt;id&gt;/events/rpc</c>: <c>{"method":"NotifyStatus","params":{"ts":1700000000.12,"switch:0":{"aenergy":{"total":...}}}}</c>.
/// They carry only what changed, so a field missing from one is passed over (reported as unmapped), not rejected;
/// <c>params.ts</c> (Unix seconds) is the meter time.</item>
/// <item>Status topics <c>&lt;id&gt;/status/&lt;component&gt;</c> ("generic status update over MQTT"): the component's whole
/// status object, without a time (the receive time is used). See <see cref="ShellyStatusTopic"/>.</item>
/// </list>
/// The field names the component and the path inside it (<c>switch:0.aenergy.total</c> in Wh, <c>switch:0.apower</c> in W,
/// <c>em:0.total_act_power</c> in W, <c>emdata:0.total_act</c> in Wh, <c>em1:1.act_power</c>, <c>pm1:0.aenergy.total</c>),
/// one mapping per channel; on a status topic the component may be left out (<c>aenergy.total</c>).
/// </summary>
public sealed class ShellyGen2Format : IPayloadFormat
{
    /// <inheritdoc />
    public string Name => "shelly-gen2";

    /// <inheritdoc />
    public string? Validate(MeterMappingOptions mapping) =>
        string.IsNullOrWhiteSpace(mapping.Field) ? "set Field to the component and the path inside it, e.g. switch:0.aenergy.total" : null;

    /// <inheritdoc />
    public Extraction Extract(string topic, ReadOnlyMemory<byte> payload, MeterMappingOptions mapping, TimeZoneInfo zone) =>
        ShellyStatusTopic.TryGetComponent(topic, out var component)
            ? ExtractStatus(component, payload, mapping)
            : Extract(payload, mapping, zone);

    /// <inheritdoc />
    public Extraction Extract(ReadOnlyMemory<byte> payload, MeterMappingOptions mapping, TimeZoneInfo zone) =>
        JsonPayload.Read(payload, root =>
        {
            var method = root.TryGetProperty("method", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            if (method is not ("NotifyStatus" or "NotifyFullStatus"))
            {
                return Extraction.Absent(method is null
                    ? "not a JSON-RPC notification (no method); status/<component> payloads are read on status topics only"
                    : $"method '{method}' carries no status");
            }

            if (!root.TryGetProperty("params", out var parameters) || parameters.ValueKind != JsonValueKind.Object)
            {
                return Extraction.Rejected("a NotifyStatus without a params object");
            }

            DateTimeOffset? time = null;
            if (parameters.TryGetProperty("ts", out var ts))
            {
                if (!JsonFieldPath.TryReadNumber(ts, out var seconds) || !MeterTime.TryFromUnix(seconds, milliseconds: false, out var parsed))
                {
                    return Extraction.Rejected($"params.ts '{ts}' is not a Unix time");
                }

                time = parsed;
            }

            return JsonPayload.Number(parameters, mapping.Field!, time, absentIsNormal: true, PhaseSelection.Of(mapping));
        });

    private static Extraction ExtractStatus(string component, ReadOnlyMemory<byte> payload, MeterMappingOptions mapping)
    {
        if (!ShellyStatusTopic.TryGetRelativeField(mapping.Field!, component, out var field))
        {
            return Extraction.Absent($"status of {component}; the mapping reads {mapping.Field}");
        }

        return JsonPayload.Read(payload, root => JsonPayload.Number(root, field, timestamp: null, absentIsNormal: true, PhaseSelection.Of(mapping)));
    }
}
