using ResourceMonitor.Edge.Normalisation;

namespace ResourceMonitor.Edge.Inputs;

/// <summary>Applies every mapping whose topic filter matches a local message. Never throws on bad payloads.</summary>
public sealed class MessageMapper
{
    private readonly IReadOnlyList<CompiledMapping> _mappings;
    private readonly TimeZoneInfo _zone;

    /// <summary>A mapper over compiled mappings; local times without an offset are read in <paramref name="zone"/>.</summary>
    public MessageMapper(IReadOnlyList<CompiledMapping> mappings, TimeZoneInfo zone)
    {
        _mappings = mappings;
        _zone = zone;
    }

    /// <summary>The distinct topic filters to subscribe to.</summary>
    public IEnumerable<string> TopicFilters => _mappings.Select(m => m.Options.Topic).Distinct(StringComparer.Ordinal);

    /// <summary>Maps one message received at <paramref name="receivedAt"/>.</summary>
    public MappingResult Map(string topic, ReadOnlyMemory<byte> payload, DateTimeOffset receivedAt)
    {
        var values = new List<MeterValue>();
        var rejections = new List<string>();
        var matched = false;
        foreach (var mapping in _mappings)
        {
            if (!TopicFilter.Matches(mapping.Options.Topic, topic))
            {
                continue;
            }

            matched = true;
            var extraction = mapping.Format.Extract(payload, mapping.Options, _zone);
            switch (extraction.Status)
            {
                case ExtractionStatus.Found:
                    values.Add(new MeterValue(mapping.Binding, extraction.Value, extraction.Timestamp, receivedAt));
                    break;
                case ExtractionStatus.Rejected:
                    rejections.Add($"{mapping.Options.Format} mapping for meter {mapping.Options.Meter}: {extraction.Reason}");
                    break;
                default:
                    break;
            }
        }

        if (!matched)
        {
            rejections.Add($"no mapping matches topic '{topic}'");
        }

        return new MappingResult(values, rejections);
    }
}
