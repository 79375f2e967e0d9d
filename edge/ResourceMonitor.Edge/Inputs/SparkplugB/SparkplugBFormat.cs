using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace ResourceMonitor.Edge.Inputs.SparkplugB;

/// <summary>
/// Sparkplug B (Eclipse Sparkplug 3.0), the MQTT standard of PLC and SCADA gateways: protobuf payloads on
/// <c>spBv1.0/{group}/{type}/{edge node}[/{device}]</c>. A mapping's <c>Topic</c> is <c>spBv1.0/{group}/+/{edge node}</c>
/// (a node's own metric) or <c>spBv1.0/{group}/+/{edge node}/{device}</c>, and its <c>Field</c> is the metric name as the
/// BIRTH gives it. Messages are read by a <see cref="SparkplugReader"/>, which keeps each node's session.
/// </summary>
public sealed class SparkplugBFormat : IPayloadFormat
{
    /// <inheritdoc />
    public string Name => "sparkplug-b";

    /// <inheritdoc />
    public string? Validate(MeterMappingOptions mapping)
    {
        if (!SparkplugTopic.TryParseMappingTopic(mapping.Topic, out _, out _, out _))
        {
            return $"Topic '{mapping.Topic}' must be spBv1.0/<group>/+/<edge node> (the node's own metric) or spBv1.0/<group>/+/<edge node>/<device>: "
                + "+ in place of the message type, exact ids elsewhere";
        }

        if (mapping.Phase is not null || mapping.Match is { Count: > 0 })
        {
            return "Phase and Match read JSON payloads; a Sparkplug metric is picked by its node and device (Topic) and its name (Field): remove them";
        }

        return string.IsNullOrWhiteSpace(mapping.Field)
            ? "Field must name the Sparkplug metric as the node's BIRTH names it (e.g. 'Energy/Active Import')"
            : null;
    }

    /// <summary>Never used for reading: a Sparkplug B message means nothing without its node's session (aliases from the BIRTH, <c>seq</c>), which the reader keeps.</summary>
    public Extraction Extract(ReadOnlyMemory<byte> payload, MeterMappingOptions mapping, TimeZoneInfo zone) =>
        Extraction.Rejected("a Sparkplug B message is read with its edge node's session, by the Sparkplug reader, never on its own");

    /// <inheritdoc />
    public IMessageReader? CreateReader(IReadOnlyList<CompiledMapping> mappings, ILogger logger, IMeterFactory? meters) =>
        new SparkplugReader(mappings, logger, meters);
}
