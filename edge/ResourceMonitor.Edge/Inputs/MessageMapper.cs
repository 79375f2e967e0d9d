using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using ResourceMonitor.Edge.Normalisation;

namespace ResourceMonitor.Edge.Inputs;

/// <summary>
/// Applies every mapping whose topic filter matches a local message. Never throws, whatever the payload: it is the edge's
/// per-message boundary (docs/design.md §7), so a format that throws (a bug) refuses that mapping's value with a reason, logged at
/// Error, and the message's other mappings and every later message go on. Formats with state across messages (Sparkplug B)
/// read their messages through their own <see cref="IMessageReader"/>, made once here, so their state lives as long as the mapper.
/// </summary>
public sealed partial class MessageMapper
{
    private readonly IReadOnlyList<CompiledMapping> _mappings;
    private readonly IReadOnlyList<IMessageReader> _readers;
    private readonly TimeZoneInfo _zone;
    private readonly ILogger _logger;

    /// <summary>A mapper over compiled mappings; local times without an offset are read in <paramref name="zone"/>; stateful formats count into <paramref name="meters"/> when given.</summary>
    public MessageMapper(IReadOnlyList<CompiledMapping> mappings, TimeZoneInfo zone, ILogger logger, IMeterFactory? meters = null)
    {
        var readers = mappings.GroupBy(m => m.Format)
            .Select(g => (Format: g.Key, Reader: g.Key.CreateReader(g.ToList(), logger, meters)))
            .Where(r => r.Reader is not null)
            .ToList();
        _readers = readers.Select(r => r.Reader!).ToList();
        _mappings = mappings.Where(m => readers.TrueForAll(r => r.Format != m.Format)).ToList();
        _zone = zone;
        _logger = logger;
    }

    /// <summary>The distinct topic filters to subscribe to.</summary>
    public IEnumerable<string> TopicFilters =>
        _mappings.Select(m => m.Options.Topic).Concat(_readers.SelectMany(r => r.SubscriptionFilters)).Distinct(StringComparer.Ordinal);

    /// <summary>Maps one message received at <paramref name="receivedAt"/>.</summary>
    public MappingResult Map(string topic, ReadOnlyMemory<byte> payload, DateTimeOffset receivedAt)
    {
        var values = new List<MeterValue>();
        var rejections = new List<MappingRejection>();
        var passedOver = new List<string>();
        var takenByReader = false;
        foreach (var reader in _readers.Where(r => r.Accepts(topic)))
        {
            // A reader may take a message for its state alone (a Sparkplug death): not unmapped unless it says so.
            takenByReader = true;
            var read = Read(reader, topic, payload, receivedAt);
            values.AddRange(read.Values);
            rejections.AddRange(read.Rejections);
            if (read.Unmapped is { } notTaken)
            {
                passedOver.Add(notTaken);
            }
        }

        using var shared = new SharedPayload(payload);
        foreach (var mapping in _mappings)
        {
            if (!TopicFilter.Matches(mapping.Options.Topic, topic))
            {
                continue;
            }

            if (mapping.Options.Match is { Count: > 0 } match && !shared.Matches(match, out var mismatch))
            {
                passedOver.Add($"meter {mapping.Options.Meter}: {mismatch}");
                continue;
            }

            var extraction = Extract(mapping, topic, payload, out var failed);
            var prefix = $"{mapping.Options.Format} mapping for meter {mapping.Options.Meter}: ";
            switch (extraction.Status)
            {
                case ExtractionStatus.Found when mapping.Checks?.Sentinels.Match(extraction.Value) is { } sentinel:
                    rejections.Add(new MappingRejection(RejectionCodes.Sentinel, $"{prefix}{extraction.Value} is a placeholder, not a measurement ({sentinel.Meaning}): a gap"));
                    break;
                case ExtractionStatus.Found:
                    var flag = mapping.Checks?.JudgeStatus(payload);
                    values.Add(new MeterValue(mapping.Binding, extraction.Value, extraction.Timestamp, receivedAt, DeviceFlag: flag));
                    break;
                case ExtractionStatus.Placeholder:
                    rejections.Add(new MappingRejection(RejectionCodes.Sentinel, $"{prefix}{extraction.Reason}: a gap"));
                    break;
                case ExtractionStatus.Rejected:
                    rejections.Add(new MappingRejection(failed ? RejectionCodes.FormatFailed : RejectionCodes.Unreadable, prefix + extraction.Reason));
                    break;
                default:
                    passedOver.Add($"meter {mapping.Options.Meter}: {extraction.Reason}");
                    break;
            }
        }

        string? unmapped = null;
        if (values.Count == 0 && rejections.Count == 0 && (passedOver.Count > 0 || !takenByReader))
        {
            unmapped = passedOver.Count == 0
                ? $"no mapping matches topic '{topic}'"
                : $"no mapping took this message ({string.Join("; ", passedOver)})";
        }

        return new MappingResult(values, rejections, unmapped);
    }

    private Extraction Extract(CompiledMapping mapping, string topic, ReadOnlyMemory<byte> payload, out bool failed)
    {
        failed = false;
        try
        {
            return mapping.Format.Extract(topic, payload, mapping.Options, _zone);
        }
        catch (Exception ex)
        {
            failed = true;
            LogFormatFailed(_logger, ex, mapping.Options.Format, topic);
            return Extraction.Rejected($"the {mapping.Options.Format} format failed on this payload ({ex.GetType().Name}: {ex.Message}); edge log event 3410");
        }
    }

    private MappingResult Read(IMessageReader reader, string topic, ReadOnlyMemory<byte> payload, DateTimeOffset receivedAt)
    {
        try
        {
            return reader.Read(topic, payload, receivedAt);
        }
        catch (Exception ex)
        {
            var format = reader.GetType().Name;
            LogFormatFailed(_logger, ex, format, topic);
            return new MappingResult([], [new MappingRejection(RejectionCodes.FormatFailed, $"the {format} failed on this message ({ex.GetType().Name}: {ex.Message}); edge log event 3410")]);
        }
    }

    [LoggerMessage(EventId = 3410, Level = LogLevel.Error, Message = "Format {Format} failed on a payload from {Topic} (a bug); the value is rejected and the agent goes on")]
    private static partial void LogFormatFailed(ILogger logger, Exception exception, string format, string topic);
}
