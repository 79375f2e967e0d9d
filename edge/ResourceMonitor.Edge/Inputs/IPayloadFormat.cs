namespace ResourceMonitor.Edge.Inputs;

/// <summary>One native payload format (one folder under Inputs/). Implementations are stateless.</summary>
public interface IPayloadFormat
{
    /// <summary>The name used in configuration (<c>Format</c> of a mapping).</summary>
    string Name { get; }

    /// <summary>Why <paramref name="mapping"/> cannot work with this format (e.g. a missing field), or null when it can.</summary>
    string? Validate(MeterMappingOptions mapping);

    /// <summary>Reads the mapping's value from one payload. Never throws on bad input.</summary>
    Extraction Extract(ReadOnlyMemory<byte> payload, MeterMappingOptions mapping, TimeZoneInfo zone);
}
