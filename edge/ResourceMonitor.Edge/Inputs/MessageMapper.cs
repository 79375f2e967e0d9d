using Microsoft.Extensions.Logging;
using ResourceMonitor.Edge.Normalisation;

namespace ResourceMonitor.Edge.Inputs;

/// <summary>
/// Applies every mapping whose topic filter matches a local message. Never throws, whatever the payload: it is the edge's
/// per-message boundary (docs/design.md §7), so a format that throws (a bug) refuses that mapping's value with a reason, logged at
/// Error, and the message's other mappings and every later message go on.
/// </summary>
public sealed partial class MessageMapper
{
    private readonly IReadOnlyList<CompiledMapping> _mappings;
    private readonly TimeZoneInfo _zone;
    private readonly ILogger _logger;

    /// <summary>A mapper over compiled mappings; local times without an offset are read in <paramref name="zone"/>.</summary>
    public MessageMapper(IReadOnlyList<CompiledMapping> mappings, TimeZoneInfo zone, ILogger logger)
    {
        _mappings = mappings;
        _zone = zone;
        _logger = logger;
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
            var extraction = Extract(mapping, topic, payload);
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

    private Extraction Extract(CompiledMapping mapping, string topic, ReadOnlyMemory<byte> payload)
    {
        try
        {
            return mapping.Format.Extract(payload, mapping.Options, _zone);
        }
        catch (Exception ex)
        {
            LogFormatFailed(_logger, ex, mapping.Options.Format, topic);
            return Extraction.Rejected($"the {mapping.Options.Format} format failed on this payload ({ex.GetType().Name}: {ex.Message}); edge log event 3410");
        }
    }

    [LoggerMessage(EventId = 3410, Level = LogLevel.Error, Message = "Format {Format} failed on a payload from {Topic} (a bug); the value is rejected and the agent goes on")]
    private static partial void LogFormatFailed(ILogger logger, Exception exception, string format, string topic);
}
