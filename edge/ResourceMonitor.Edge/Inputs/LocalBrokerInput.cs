using System.Buffers;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Protocol;
using ResourceMonitor.Edge.Buffer;
using ResourceMonitor.Edge.Diagnostics;
using ResourceMonitor.Edge.Forwarding;
using ResourceMonitor.Edge.Health;
using ResourceMonitor.Edge.Pipeline;
using ResourceMonitor.Hosting.Supervision;

namespace ResourceMonitor.Edge.Inputs;

/// <summary>
/// Subscribes (QoS 1, persistent session) to every mapped topic on the factory's local broker, maps each message and queues
/// the values; the message is acknowledged only after its readings are in the disk buffer, and only on the connection it came
/// on. A message the full buffer refused stays unacknowledged, so the factory broker keeps it: the input stops taking
/// messages, and once the buffer has room again it reconnects, and the broker redelivers them in order. Publishes rejections on
/// the local rejected topic. Supervised as stage <c>edge.local-input</c>: a fault restarts it after a backoff with a new
/// connection (the local broker redelivers what was not acknowledged).
/// </summary>
public sealed partial class LocalBrokerInput : BackgroundService
{
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
    private int _connection;
    private int _refusedOnConnection = -1;

    /// <summary>The local input.</summary>
    public LocalBrokerInput(IOptions<EdgeOptions> agent, IOptions<LocalBrokerOptions> options, MessageMapper mapper, IngestQueue queue,
        RejectionNotices rejections, EdgeMetrics metrics, TimeProvider time, ReadingLog log, StageSupervisor supervisor, ILogger<LocalBrokerInput> logger)
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
    }

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _supervisor.RunAsync(EdgeStageNames.LocalInput, StageFailurePolicy.Restart, RunStageAsync, stoppingToken);

    private async Task RunStageAsync(CancellationToken stoppingToken)
    {
        using var client = new MqttClientFactory().CreateMqttClient();
        client.ApplicationMessageReceivedAsync += e => OnMessageAsync(e, stoppingToken);
        var backoff = new Backoff(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(15));
        var notices = PublishRejectionsAsync(client, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!client.IsConnected)
                {
                    await ConnectAsync(client, stoppingToken);
                    backoff.Reset();
                }
                else if (Volatile.Read(ref _refusedOnConnection) == Volatile.Read(ref _connection) && _log.HasRoomAgain)
                {
                    // Reconnecting makes the broker redeliver every unacknowledged message of the session, refused ones first.
                    LogTakingRefusedAgain(_logger, _options.Host, _options.Port);
                    await client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), stoppingToken);
                    continue;
                }

                await Task.Delay(TimeSpan.FromSeconds(1), _time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                LogLocalDown(_logger, _options.Host, _options.Port, ex.Message);
                await Task.Delay(backoff.Next(), _time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        await notices.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task ConnectAsync(IMqttClient client, CancellationToken cancellationToken)
    {
        var builder = new MqttClientOptionsBuilder()
            .WithTcpServer(_options.Host, _options.Port)
            .WithClientId(_agent.AgentId + "-local")
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500)
            .WithCleanStart(false)
            .WithSessionExpiryInterval((uint)_options.SessionExpiry.TotalSeconds);
        if (_options.Username is not null)
        {
            builder.WithCredentials(_options.Username, _options.Password);
        }

        // Numbered before the connect: the broker resends the session's unacknowledged messages right after CONNACK, and they
        // belong to the new connection (a message counted on the old one would be neither queued nor acknowledged).
        Interlocked.Increment(ref _connection);
        var result = await client.ConnectAsync(builder.Build(), cancellationToken);
        var subscribe = new MqttClientSubscribeOptionsBuilder();
        foreach (var filter in _mapper.TopicFilters)
        {
            subscribe.WithTopicFilter(filter, MqttQualityOfServiceLevel.AtLeastOnce);
        }

        var subscribed = await client.SubscribeAsync(subscribe.Build(), cancellationToken);
        if (subscribed.Items.FirstOrDefault(i => (int)i.ResultCode >= 0x80) is { } refused)
        {
            throw new InvalidOperationException($"the local broker refused the subscription to {refused.TopicFilter.Topic}: {refused.ResultCode}");
        }

        LogLocalConnected(_logger, _options.Host, _options.Port, result.IsSessionPresent);
    }

    private async Task OnMessageAsync(MqttApplicationMessageReceivedEventArgs e, CancellationToken cancellationToken)
    {
        _metrics.Received();
        var topic = e.ApplicationMessage.Topic;
        var payload = e.ApplicationMessage.Payload.ToArray();
        var mapped = _mapper.Map(topic, payload, _time.GetUtcNow());
        foreach (var rejection in mapped.Rejections)
        {
            LogRejectedPayload(_logger, topic, rejection.Code, rejection.Text);
            _rejections.Report(topic, rejection.Text, rejection.Code);
        }

        if (mapped.Unmapped is { } unmapped)
        {
            LogUnmapped(_logger, topic, unmapped);
            _rejections.ReportUnmapped(topic, unmapped);
        }

        if (mapped.Values.Count == 0)
        {
            return;
        }

        e.AutoAcknowledge = false;
        var connection = Volatile.Read(ref _connection);
        if (Volatile.Read(ref _refusedOnConnection) == connection)
        {
            // Left unacknowledged: the broker redelivers it, after the refused ones, once the buffer has room.
            return;
        }

        var item = new IngestItem(
            topic,
            mapped.Values,
            ct => Volatile.Read(ref _connection) == connection ? e.AcknowledgeAsync(ct) : Task.CompletedTask,
            Refuse: () => Volatile.Write(ref _refusedOnConnection, connection),
            IsStale: () => Volatile.Read(ref _refusedOnConnection) == connection || Volatile.Read(ref _connection) != connection);
        await _queue.Writer.WriteAsync(item, cancellationToken);
    }

    private async Task PublishRejectionsAsync(IMqttClient client, CancellationToken cancellationToken)
    {
        await foreach (var notice in _rejections.Reader.ReadAllAsync(cancellationToken))
        {
            if (!client.IsConnected)
            {
                continue;
            }

            var payload = Encoding.UTF8.GetBytes($"{{\"topic\":{System.Text.Json.JsonSerializer.Serialize(notice.Source)},\"code\":{System.Text.Json.JsonSerializer.Serialize(notice.Code)},\"reason\":{System.Text.Json.JsonSerializer.Serialize(notice.Reason)}}}");
            try
            {
                await client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(_options.RejectedTopic).WithPayload(payload).Build(), cancellationToken);
            }
            catch (MQTTnet.Exceptions.MqttCommunicationException ex)
            {
                LogLocalDown(_logger, _options.Host, _options.Port, ex.Message);
            }
        }
    }

    [LoggerMessage(EventId = 3400, Level = LogLevel.Information, Message = "Connected to local broker {Host}:{Port} (session present: {SessionPresent})")]
    private static partial void LogLocalConnected(ILogger logger, string host, int port, bool sessionPresent);

    [LoggerMessage(EventId = 3401, Level = LogLevel.Warning, Message = "Local broker {Host}:{Port} unavailable: {Reason}")]
    private static partial void LogLocalDown(ILogger logger, string host, int port, string reason);

    [LoggerMessage(EventId = 3403, Level = LogLevel.Warning, Message = "Buffer has room again: reconnecting to local broker {Host}:{Port} so it redelivers the messages the full buffer refused")]
    private static partial void LogTakingRefusedAgain(ILogger logger, string host, int port);

    [LoggerMessage(EventId = 3404, Level = LogLevel.Debug, Message = "No mapping took the message on {Topic}: {Reason}")]
    private static partial void LogUnmapped(ILogger logger, string topic, string reason);

    [LoggerMessage(EventId = 3402, Level = LogLevel.Warning, Message = "Rejected a payload on {Topic} ({Code}): {Reason}")]
    private static partial void LogRejectedPayload(ILogger logger, string topic, string code, string reason);
}
