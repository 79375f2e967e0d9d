namespace ResourceMonitor.Edge.Inputs.ShellyGen1;

/// <summary>
/// Shelly Gen1 devices publish one number per topic (<c>shellies/&lt;id&gt;/emeter/&lt;i&gt;/power</c> in W,
/// <c>.../emeter/&lt;i&gt;/total</c> in Wh; relays' <c>.../relay/0/energy</c> in watt-minutes). No timestamp: the receive time is used.
/// </summary>
public sealed class ShellyGen1Format : IPayloadFormat
{
    /// <inheritdoc />
    public string Name => "shelly-gen1";

    /// <inheritdoc />
    public string? Validate(MeterMappingOptions mapping) =>
        mapping.Field is null ? null : "Shelly Gen1 payloads are one number per topic; remove Field and map the topic (e.g. shellies/<id>/emeter/0/total)";

    /// <inheritdoc />
    public Extraction Extract(ReadOnlyMemory<byte> payload, MeterMappingOptions mapping, TimeZoneInfo zone) => NumericPayload.Extract(payload);
}
