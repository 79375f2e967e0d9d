using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace ResourceMonitor.Edge.Inputs;

/// <summary>
/// One native payload format (one folder under Inputs/). Implementations are stateless; a format whose messages only make
/// sense with state kept across messages (Sparkplug B) also makes an <see cref="IMessageReader"/>, which then reads all of
/// that format's messages instead of <see cref="Extract"/>.
/// </summary>
public interface IPayloadFormat
{
    /// <summary>The name used in configuration (<c>Format</c> of a mapping).</summary>
    string Name { get; }

    /// <summary>Why <paramref name="mapping"/> cannot work with this format (e.g. a missing field), or null when it can.</summary>
    string? Validate(MeterMappingOptions mapping);

    /// <summary>Reads the mapping's value from one payload. Never throws on bad input.</summary>
    Extraction Extract(ReadOnlyMemory<byte> payload, MeterMappingOptions mapping, TimeZoneInfo zone);

    /// <summary>
    /// Reads the mapping's value from one message; what the agent calls. Formats whose payload shape depends on the topic
    /// (Shelly Gen2 <c>&lt;id&gt;/status/&lt;component&gt;</c>) override it; the others read the payload alone.
    /// </summary>
    Extraction Extract(string topic, ReadOnlyMemory<byte> payload, MeterMappingOptions mapping, TimeZoneInfo zone) => Extract(payload, mapping, zone);

    /// <summary>
    /// A reader with state across messages over all of this format's <paramref name="mappings"/>, or null (the default) for a
    /// format read per mapping with <see cref="Extract"/>. <paramref name="meters"/> is null where nothing collects metrics (the map command).
    /// </summary>
    IMessageReader? CreateReader(IReadOnlyList<CompiledMapping> mappings, ILogger logger, IMeterFactory? meters) => null;
}
