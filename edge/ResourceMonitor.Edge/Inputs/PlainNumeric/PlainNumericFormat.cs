namespace ResourceMonitor.Edge.Inputs.PlainNumeric;

/// <summary>A payload that is one number and nothing else (many PLC gateways and Node-RED flows). No timestamp: the receive time is used.</summary>
public sealed class PlainNumericFormat : IPayloadFormat
{
    /// <inheritdoc />
    public string Name => "plain";

    /// <inheritdoc />
    public string? Validate(MeterMappingOptions mapping) =>
        mapping.Field is null ? SingleValueTopic.Validate(mapping) : "a plain payload is the value itself; remove Field (use format json to select a field)";

    /// <inheritdoc />
    public Extraction Extract(ReadOnlyMemory<byte> payload, MeterMappingOptions mapping, TimeZoneInfo zone) => NumericPayload.Extract(payload);
}
