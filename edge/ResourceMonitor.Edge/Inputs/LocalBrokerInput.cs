using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet;
using ResourceMonitor.Edge.Buffer;
using ResourceMonitor.Edge.Diagnostics;
using ResourceMonitor.Edge.Health;
using ResourceMonitor.Edge.Pipeline;
using ResourceMonitor.Hosting.Supervision;
using ResourceMonitor.Mqtt;

namespace ResourceMonitor.Edge.Inputs;

/// <summary>
/// Subscribes (the session core's persistent session, QoS 1, manual acknowledgement) to every mapped topic on the factory's
/// local broker, maps each message and queues the values; the message is acknowledged only after its readings are in the disk
/// buffer, and only on the connection it came on. A message the full buffer refused stays unacknowledged, so the factory
/// broker keeps it: the input stops taking messages, and once the buffer has room again it reconnects, and the broker
/// redelivers them in order. Publishes rejections on the local rejected topic. Supervised as stage <c>edge.local-input</c>: a
/// fault restarts it after a backoff with a new connection (the local broker redelivers what was not acknowledged); a
/// subscription the broker refuses is such a fault, named in the log and the health file.
/// </summary>
public sealed partial class LocalBrokerInput : BackgroundService
{
    private static readonly TimeSpan RoomCheck = TimeSpan.FromSeconds(1);

    private readonly EdgeOptions _agent;
    private readonly LocalBrokerOptions _options;
    private readonly MessageMapper _mapper;
    private readonly IngestQueue _queue;
    private readonly RejectionNotices _rejections;
    private readonly EdgeMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ReadingLog _log;
    private readonly StageSupervisor _supervisor;
    private readonly ILogger<LocalBrokerInput> _logger;
    private readonly ILogger<MqttSession> _sessionLogger;
    private int _refusedOnConnection = -1;

    /// <summary>The local input.</summary>
    public LocalBrokerInput(IOptions<EdgeOptions> agent, IOptions<LocalBrokerOptions> options, MessageMapper mapper, IngestQueue queue,
        RejectionNotices rejections, EdgeMetrics metrics, TimeProvider time, ReadingLog log, StageSupervisor supervisor, ILogger<LocalBrokerInput> logger,
        ILogger<MqttSession> sessionLogger)
    {
        _supervisor = supervisor;
        _agent = agent.Value;
        _options = options.Value;
        _mapper = mapper;
        _queue = queue;
        _rejections = rejections;
        _metrics = metrics;
        _time = time;
        _log = log;
        _logger = logger;
        _sessionLogger = sessionLogger;
    }

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _supervisor.RunAsync(EdgeStageNames.LocalInput, StageFailurePolicy.Restart, RunStageAsync, stoppingToken);

    private async Task RunStageAsync(CancellationToken stoppingToken)
    {
        using var session = new MqttSession(SessionOptions(), _time, _sessionLogger);
        session.OnMessage((message, ct) => OnMessageAsync(session, message, ct));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var notices = PublishRejectionsAsync(session, stop.Token);
        var refusals = TakeRefusedAgainAsync(session, stop.Token);
        try
        {
            await session.RunAsync(stoppingToken);
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(notices, refusals).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await session.DisconnectAsync(CancellationToken.None);
        }
    }

    private MqttSessionOptions SessionOptions() => new()
    {
        Name = "local broker",
        Section = "Edge:LocalBroker",
        Host = _options.Host,
        Port = _options.Port,
        ClientId = _agent.AgentId + "-local",
        Username = _options.Username,
        Password = _options.Password,
        SessionExpiry = _options.SessionExpiry,
        Subscriptions = _mapper.TopicFilters.ToArray(),
        ManualAcknowledgement = true,
        ReconnectMinDelay = TimeSpan.FromMilliseconds(500),
        ReconnectMaxDelay = TimeSpan.FromSeconds(15),
    };

    /// <summary>Once the buffer has room again after a refusal, reconnects: the broker then redelivers every unacknowledged message of the session, refused ones first.</summary>
    private async Task TakeRefusedAgainAsync(MqttSession session, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(RoomCheck, _time, cancellationToken);
            if (session.IsConnected && Volatile.Read(ref _refusedOnConnection) == session.Connection && _log.HasRoomAgain)
            {
                LogTakingRefusedAgain(_logger, _options.Host, _options.Port);
                await session.ReconnectAsync(cancellationToken);
            }
        }
    }

    private async Task OnMessageAsync(MqttSession session, MqttSessionMessage message, CancellationToken cancellationToken)
    {
        _metrics.Received();
        var mapped = _mapper.Map(message.Topic, message.Payload, _time.GetUtcNow());
        foreach (var rejection in mapped.Rejections)
        {
            _rejections.Report(message.Topic, rejection.Text, rejection.Code);
        }

        if (mapped.Unmapped is { } unmapped)
        {
            var shownTopic = LogText.Escape(message.Topic);
            var shownReason = LogText.Escape(unmapped);
            LogUnmapped(_logger, shownTopic, shownReason);
            _rejections.ReportUnmapped(message.Topic, unmapped);
        }

        if (mapped.Values.Count == 0)
        {
            // Nothing to keep: counted and reported, so the broker may forget it.
            await message.AcknowledgeAsync(cancellationToken);
            return;
        }

        var connection = message.Connection;
        if (Volatile.Read(ref _refusedOnConnection) == connection)
        {
            // Left unacknowledged: the broker redelivers it, after the refused ones, once the buffer has room.
            return;
        }

        var item = new IngestItem(
            message.Topic,
            mapped.Values,
            message.AcknowledgeAsync,
            Refuse: () => Volatile.Write(ref _refusedOnConnection, connection),
            IsStale: () => Volatile.Read(ref _refusedOnConnection) == connection || session.Connection != connection);
        await _queue.Writer.WriteAsync(item, cancellationToken);
    }

    private async Task PublishRejectionsAsync(MqttSession session, CancellationToken cancellationToken)
    {
        await foreach (var notice in _rejections.Reader.ReadAllAsync(cancellationToken))
        {
            if (!session.IsConnected)
            {
                continue;
            }

            var payload = Encoding.UTF8.GetBytes($"{{\"topic\":{System.Text.Json.JsonSerializer.Serialize(notice.Source)},\"code\":{System.Text.Json.JsonSerializer.Serialize(notice.Code)},\"reason\":{System.Text.Json.JsonSerializer.Serialize(notice.Reason)}}}");
            try
            {
                await session.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(_options.RejectedTopic).WithPayload(payload).Build(), cancellationToken);
            }
            catch (Exception ex) when (ex is MqttConnectionLostException or MqttPublishRefusedException)
            {
                LogLocalDown(_logger, _options.Host, _options.Port, ex.Message);
            }
        }
    }

    [LoggerMessage(EventId = 3401, Level = LogLevel.Warning, Message = "Local broker {Host}:{Port} unavailable: {Reason}")]
    private static partial void LogLocalDown(ILogger logger, string host, int port, string reason);

    [LoggerMessage(EventId = 3403, Level = LogLevel.Warning, Message = "Buffer has room again: reconnecting to local broker {Host}:{Port} so it redelivers the messages the full buffer refused")]
    private static partial void LogTakingRefusedAgain(ILogger logger, string host, int port);

    [LoggerMessage(EventId = 3404, Level = LogLevel.Debug, Message = "No mapping took the message on {Topic}: {Reason}")]
    private static partial void LogUnmapped(ILogger logger, string topic, string reason);
}
