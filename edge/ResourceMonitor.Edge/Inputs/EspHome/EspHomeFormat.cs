namespace ResourceMonitor.Edge.Inputs.EspHome;

/// <summary>
/// ESPHome sensor state (<c>&lt;node&gt;/sensor/&lt;sensor name&gt;/state</c>): the payload is the number as text
/// (<c>1234.5</c>); <c>nan</c> (an unavailable sensor) is rejected. No timestamp: the receive time is used.
/// </summary>
public sealed class EspHomeFormat : IPayloadFormat
{
    /// <inheritdoc />
    public string Name => "esphome";

    /// <inheritdoc />
    public string? Validate(MeterMappingOptions mapping) =>
        mapping.Field is null ? SingleValueTopic.Validate(mapping) : "ESPHome state payloads are a bare number; remove Field and map <node>/sensor/<name>/state";

    /// <inheritdoc />
    public Extraction Extract(ReadOnlyMemory<byte> payload, MeterMappingOptions mapping, TimeZoneInfo zone) => NumericPayload.Extract(payload);
}
