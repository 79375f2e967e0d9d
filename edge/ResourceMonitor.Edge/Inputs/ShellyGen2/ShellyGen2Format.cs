using System.Text.Json;

namespace ResourceMonitor.Edge.Inputs.ShellyGen2;

/// <summary>
/// Shelly Gen2/Gen3 JSON-RPC notifications on <c>&lt;id&gt;/events/rpc</c>: <c>{"method":"NotifyStatus","params":{"ts":1700000000.12,"switch:0":{"aenergy":{"total":...}}}}</c>.
/// The field is a path inside <c>params</c> (<c>switch:0.aenergy.total</c> in Wh, <c>switch:0.apower</c> in W,
/// <c>em:0.total_act_power</c> in W, <c>emdata:0.total_act</c> in Wh). Notifications carry only what changed, so a field
/// missing from one is skipped, not rejected; <c>params.ts</c> (Unix seconds) is the meter time.
/// </summary>
public sealed class ShellyGen2Format : IPayloadFormat
{
    /// <inheritdoc />
    public string Name => "shelly-gen2";

    /// <inheritdoc />
    public string? Validate(MeterMappingOptions mapping) =>
        string.IsNullOrWhiteSpace(mapping.Field) ? "set Field to a path inside params, e.g. switch:0.aenergy.total" : null;

    /// <inheritdoc />
    public Extraction Extract(ReadOnlyMemory<byte> payload, MeterMappingOptions mapping, TimeZoneInfo zone) =>
        JsonPayload.Read(payload, root =>
        {
            var method = root.TryGetProperty("method", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            if (method is not ("NotifyStatus" or "NotifyFullStatus"))
            {
                return Extraction.Absent($"method '{method}' carries no status");
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

            return JsonPayload.Number(parameters, mapping.Field!, time, absentIsNormal: true);
        });
}
