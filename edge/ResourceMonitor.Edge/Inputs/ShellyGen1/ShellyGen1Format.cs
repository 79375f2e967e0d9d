using System.Text.Json;

namespace ResourceMonitor.Edge.Inputs.ShellyGen1;

/// <summary>
/// Shelly Gen1 devices (EM, 3EM, 1PM, Plug). Two shapes:
/// <list type="bullet">
/// <item>One number per topic (<c>shellies/&lt;id&gt;/emeter/&lt;i&gt;/power</c> in W, <c>.../emeter/&lt;i&gt;/total</c> in Wh;
/// relays' <c>.../relay/&lt;i&gt;/energy</c> in watt-minutes), without <c>Field</c>; one mapping per channel's topic.</item>
/// <item>The <c>/status</c> JSON document (published by the device on <c>shellies/&lt;id&gt;/info</c>, or by a gateway polling
/// <c>http://&lt;device&gt;/status</c>), with <c>Field</c> naming the channel: <c>emeters[1].total</c> (Wh),
/// <c>emeters[0].power</c> (W), <c>meters[0].total</c> (watt-minutes), <c>total_power</c> (3EM, W). Its <c>unixtime</c> is the
/// meter time when the device's clock is set (0 otherwise: the receive time is used).</item>
/// </list>
/// </summary>
public sealed class ShellyGen1Format : IPayloadFormat
{
    /// <inheritdoc />
    public string Name => "shelly-gen1";

    /// <inheritdoc />
    public string? Validate(MeterMappingOptions mapping) => mapping.Field is null ? SingleValueTopic.Validate(mapping) : null;

    /// <inheritdoc />
    public Extraction Extract(ReadOnlyMemory<byte> payload, MeterMappingOptions mapping, TimeZoneInfo zone)
    {
        if (mapping.Field is { } field)
        {
            return JsonPayload.Read(payload, root => ReadStatus(root, field, PhaseSelection.Of(mapping)));
        }

        var span = payload.Span.TrimStart(" \t\r\n"u8);
        return span.Length > 0 && span[0] == (byte)'{'
            ? Extraction.Rejected("payload is a JSON status document, not one number: set Field to the value's path, e.g. emeters[0].total")
            : NumericPayload.Extract(payload);
    }

    private static Extraction ReadStatus(JsonElement root, string field, PhaseSelection? phase)
    {
        DateTimeOffset? time = null;
        if (root.TryGetProperty("unixtime", out var unix) && JsonFieldPath.TryReadNumber(unix, out var seconds) && seconds > 0)
        {
            if (!MeterTime.TryFromUnix(seconds, milliseconds: false, out var parsed))
            {
                return Extraction.Rejected($"unixtime '{unix}' is not a Unix time");
            }

            time = parsed;
        }

        return JsonPayload.Number(root, field, time, absentIsNormal: false, phase);
    }
}
