using System.Diagnostics.Metrics;
using Google.Protobuf;
using Microsoft.Extensions.Logging;
using ResourceMonitor.Contracts;
using ResourceMonitor.Edge.Diagnostics;
using ResourceMonitor.Edge.Inputs.SparkplugB.Protocol;
using ResourceMonitor.Edge.Normalisation;

namespace ResourceMonitor.Edge.Inputs.SparkplugB;

/// <summary>
/// Reads the Sparkplug B messages of the mapped edge nodes as a (non-primary) host application: an NBIRTH opens the node's
/// session (<see cref="EdgeNodeSession"/>) with its metric names, aliases and data types, a DBIRTH does the same for a device,
/// NDATA/DDATA carry metrics by alias, NDEATH (with the birth's <c>bdSeq</c>) and DDEATH take the node or device offline until
/// its next birth. BIRTH messages carry values too, and they are read. A sequence gap is counted
/// (<c>edge.sparkplug.sequence_gaps</c>), logged once per session, and makes the node's values suspect until its next NBIRTH.
/// </summary>
public sealed partial class SparkplugReader : IMessageReader
{
    private readonly Dictionary<SparkplugMetricKey, List<CompiledMapping>> _byMetric = [];
    private readonly HashSet<(string Group, string EdgeNode)> _nodes = [];
    private readonly Dictionary<(string Group, string EdgeNode), EdgeNodeSession> _sessions = [];
    private readonly ILogger _logger;
    private readonly Counter<long>? _gaps;
    private readonly Lock _lock = new();

    /// <summary>A reader for the <c>sparkplug-b</c> mappings (validated by <see cref="SparkplugBFormat.Validate"/>).</summary>
    public SparkplugReader(IReadOnlyList<CompiledMapping> mappings, ILogger logger, IMeterFactory? meters)
    {
        foreach (var mapping in mappings)
        {
            if (!SparkplugTopic.TryParseMappingTopic(mapping.Options.Topic, out var group, out var node, out var device))
            {
                throw new ArgumentException($"mapping for meter {mapping.Options.Meter}: '{mapping.Options.Topic}' is not a Sparkplug mapping topic", nameof(mappings));
            }

            var key = new SparkplugMetricKey(group, node, device, mapping.Options.Field ?? string.Empty);
            if (!_byMetric.TryGetValue(key, out var list))
            {
                _byMetric[key] = list = [];
            }

            list.Add(mapping);
            _nodes.Add((group, node));
        }

        _logger = logger;
        _gaps = meters?.Create(EdgeMetrics.MeterName)
            .CreateCounter<long>("edge.sparkplug.sequence_gaps", description: "Sparkplug B messages whose seq was not the previous one + 1 (a message was missed)");
    }

    /// <inheritdoc />
    public IEnumerable<string> SubscriptionFilters => _nodes.Select(n => SparkplugTopic.NodeFilter(n.Group, n.EdgeNode));

    /// <inheritdoc />
    public bool Accepts(string topic) => SparkplugTopic.TryParse(topic, out var t) && _nodes.Contains((t.Group, t.EdgeNode));

    /// <inheritdoc />
    public MappingResult Read(string topic, ReadOnlyMemory<byte> payload, DateTimeOffset receivedAt)
    {
        if (!SparkplugTopic.TryParse(topic, out var t))
        {
            return Rejected($"'{topic}' is not a Sparkplug B topic (spBv1.0/group/type/node[/device])");
        }

        if (t.Type is SparkplugMessageType.NCMD or SparkplugMessageType.DCMD)
        {
            return new MappingResult([], []);
        }

        Payload message;
        try
        {
            message = Payload.Parser.ParseFrom(payload.Span);
        }
        catch (InvalidProtocolBufferException ex)
        {
            return Rejected($"{t.Type} from {Describe(t)} is not a Sparkplug B protobuf payload ({ex.Message})");
        }

        lock (_lock)
        {
            return Read(t, message, receivedAt);
        }
    }

    private MappingResult Read(SparkplugTopic t, Payload message, DateTimeOffset receivedAt)
    {
        var node = (t.Group, t.EdgeNode);
        if (t.Type == SparkplugMessageType.NBIRTH)
        {
            var born = new EdgeNodeSession(BdSeq(message), message.HasSeq ? message.Seq : null, message.Metrics);
            _sessions[node] = born;
            LogNodeBirth(_logger, t.Group, t.EdgeNode, born.BdSeq);
            return Values(t, born, message, receivedAt);
        }

        _sessions.TryGetValue(node, out var session);
        if (t.Type == SparkplugMessageType.NDEATH)
        {
            var bdSeq = BdSeq(message);
            if (session is not null && session.Die(bdSeq))
            {
                LogNodeDeath(_logger, t.Group, t.EdgeNode, bdSeq);
            }
            else
            {
                LogStaleDeath(_logger, t.Group, t.EdgeNode, bdSeq, session?.BdSeq);
            }

            return new MappingResult([], []);
        }

        if (session is null || !session.Online)
        {
            return Rejected($"{t.Type} from {Describe(t)} before the edge node's NBIRTH (since the agent started, or since the node's death): its metrics are unknown until its next NBIRTH");
        }

        if (!session.Advance(message.HasSeq ? message.Seq : null, out var expected))
        {
            _gaps?.Add(1);
            if (session.Gaps == 1)
            {
                LogSequenceGap(_logger, t.Group, t.EdgeNode, expected, message.HasSeq ? (long)message.Seq : -1);
            }
        }

        switch (t.Type)
        {
            case SparkplugMessageType.DBIRTH:
                session.BirthOf(t.Device, message.Metrics);
                return Values(t, session, message, receivedAt);
            case SparkplugMessageType.DDEATH:
                session.DeathOf(t.Device);
                return new MappingResult([], []);
            case SparkplugMessageType.DDATA when !session.IsOnline(t.Device):
                return Rejected($"DDATA from {Describe(t)} while the device is offline (before its DBIRTH, or after its DDEATH)");
            default:
                var read = Values(t, session, message, receivedAt);
                return read.Values.Count == 0 && read.Rejections.Count == 0
                    ? read with { Unmapped = $"{t.Type} from {Describe(t)} carries no mapped metric" }
                    : read;
        }
    }

    private MappingResult Values(SparkplugTopic t, EdgeNodeSession session, Payload message, DateTimeOffset receivedAt)
    {
        var values = new List<MeterValue>();
        var rejections = new List<MappingRejection>();
        ulong? payloadTimestamp = message.HasTimestamp ? message.Timestamp : null;
        foreach (var metric in message.Metrics)
        {
            if (!session.TryResolve(metric, t.Device, out var name, out var type, out var problem))
            {
                rejections.Add(new MappingRejection(RejectionCodes.Unreadable, $"{t.Type} from {Describe(t)}: {problem}"));
                continue;
            }

            if (!_byMetric.TryGetValue(new SparkplugMetricKey(t.Group, t.EdgeNode, t.Device, name), out var mappings))
            {
                continue;
            }

            if (!SparkplugValue.TryRead(metric, type, payloadTimestamp, out var value, out var reason))
            {
                var code = metric.IsNull ? RejectionCodes.Sentinel : RejectionCodes.Unreadable;
                rejections.AddRange(mappings.Select(m => new MappingRejection(code, $"sparkplug-b mapping for meter {m.Options.Meter}: metric '{name}' of {Describe(t)} {reason}")));
                continue;
            }

            var quality = session.Suspect ? ReadingQuality.Suspect : value.Quality;
            values.AddRange(mappings.Select(m => new MeterValue(m.Binding, value.Value, value.Timestamp, receivedAt, quality)));
        }

        // Historical (store-and-forward) values may come after newer ones in one message; counters want them in time order.
        return new MappingResult(values.OrderBy(v => v.MeterTime ?? v.ReceivedAt).ToList(), rejections);
    }

    private static long? BdSeq(Payload message) =>
        message.Metrics.FirstOrDefault(m => m.Name == "bdSeq") switch
        {
            { ValueCase: Payload.Types.Metric.ValueOneofCase.LongValue } m => (long)m.LongValue,
            { ValueCase: Payload.Types.Metric.ValueOneofCase.IntValue } m => m.IntValue,
            _ => null,
        };

    private static string Describe(SparkplugTopic t) =>
        t.Device.Length == 0 ? $"edge node {t.Group}/{t.EdgeNode}" : $"device {t.Group}/{t.EdgeNode}/{t.Device}";

    private static MappingResult Rejected(string reason) => new([], [new MappingRejection(RejectionCodes.Unreadable, reason)]);

    [LoggerMessage(EventId = 3420, Level = LogLevel.Warning, Message = "Sparkplug B edge node {Group}/{EdgeNode}: sequence gap (expected seq {Expected}, got {Got}); its readings are marked suspect until its next NBIRTH (this agent sends no rebirth request)")]
    private static partial void LogSequenceGap(ILogger logger, string group, string edgeNode, int expected, long got);

    [LoggerMessage(EventId = 3421, Level = LogLevel.Information, Message = "Sparkplug B edge node {Group}/{EdgeNode} born (bdSeq {BdSeq})")]
    private static partial void LogNodeBirth(ILogger logger, string group, string edgeNode, long? bdSeq);

    [LoggerMessage(EventId = 3422, Level = LogLevel.Information, Message = "Sparkplug B edge node {Group}/{EdgeNode} died (NDEATH bdSeq {BdSeq}): its meters are offline until its next NBIRTH")]
    private static partial void LogNodeDeath(ILogger logger, string group, string edgeNode, long? bdSeq);

    [LoggerMessage(EventId = 3423, Level = LogLevel.Information, Message = "Sparkplug B edge node {Group}/{EdgeNode}: NDEATH with bdSeq {BdSeq} ignored (stale or already offline; the current birth has bdSeq {CurrentBdSeq})")]
    private static partial void LogStaleDeath(ILogger logger, string group, string edgeNode, long? bdSeq, long? currentBdSeq);
}
