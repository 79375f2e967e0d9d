using System.Buffers;
using System.Reflection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Protocol;
using ResourceMonitor.Contracts;
using ResourceMonitor.Contracts.Codec;
using ResourceMonitor.Edge.Buffer;
using ResourceMonitor.Edge.Diagnostics;
using ResourceMonitor.Edge.Health;
using ResourceMonitor.Hosting.Progress;
using ResourceMonitor.Hosting.Retry;
using ResourceMonitor.Hosting.Supervision;
using ResourceMonitor.Mqtt;

namespace ResourceMonitor.Edge.Forwarding;

/// <summary>
/// Forwards the buffer to the park broker: v1 batches on <c>rm/v1/{park}/{plant}/readings</c>, QoS 1, one at a time in sequence
/// order (so per-meter order holds), each carrying its sequence numbers (<c>seq</c>). End to end (the default) a reading leaves
/// the buffer only when the worker acknowledges it on <c>rm/v1/{park}/{plant}/ack</c>; at most
/// <see cref="ParkBrokerOptions.MaxUnacknowledged"/> readings are unacknowledged, and after a reconnect or
/// <see cref="ParkBrokerOptions.AcknowledgementTimeout"/> without progress it resends from checkpoint + 1. In
/// <see cref="AcknowledgementMode.Broker"/> mode a batch is released on its PUBACK. Reconnects with backoff. Publishes the
/// retained online status on connect; the Last Will (and a clean shutdown) publish offline. Supervised as stage
/// <c>edge.forwarder</c>: a fault restarts it after a backoff (the buffer is durable, it resumes from checkpoint + 1).
/// </summary>
public sealed partial class ParkForwarder : BackgroundService
{
    private static readonly string Version = typeof(ParkForwarder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";

    private readonly EdgeOptions _agent;
    private readonly ParkBrokerOptions _broker;
    private readonly ReadingLog _log;
    private readonly TimeProvider _time;
    private readonly EdgeMetrics _metrics;
    private readonly StageSupervisor _supervisor;
    private readonly StageProgress _progress;
    private readonly ILogger<ParkForwarder> _logger;
    private readonly ILogger<MqttSession> _sessionLogger;
    private readonly string _readingsTopic;
    private readonly string _statusTopic;
    private readonly string _ackTopic;
    private TaskCompletionSource _acknowledged = NewSignal();

    /// <summary>The forwarder.</summary>
    public ParkForwarder(IOptions<EdgeOptions> agent, IOptions<ParkBrokerOptions> broker, ReadingLog log, TimeProvider time, EdgeMetrics metrics,
        StageSupervisor supervisor, StageRegistry stages, ILogger<ParkForwarder> logger, ILogger<MqttSession> sessionLogger)
    {
        _supervisor = supervisor;
        _progress = stages.Register(EdgeStageNames.Forwarder);
        _progress.Received(log.Pending); // Buffered by an earlier run.
        _agent = agent.Value;
        _broker = broker.Value;
        _log = log;
        _time = time;
        _metrics = metrics;
        _logger = logger;
        _sessionLogger = sessionLogger;
        _readingsTopic = Topics.Readings(_agent.Park, _agent.Plant);
        _statusTopic = Topics.Status(_agent.Park, _agent.Plant);
        _ackTopic = Topics.Ack(_agent.Park, _agent.Plant);
    }

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _supervisor.RunAsync(EdgeStageNames.Forwarder, StageFailurePolicy.Restart, RunStageAsync, stoppingToken);

    private async Task RunStageAsync(CancellationToken stoppingToken)
    {
        using var session = new MqttSession(SessionOptions(), _time, _sessionLogger);
        session.OnMessage(OnMessageAsync);
        session.OnConnected((_, ct) => PublishStatusAsync(session, AgentState.Online, ct));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var running = KeepConnectedAsync(session, stop.Token);
        var forwarding = ForwardWhileConnectedAsync(session, stop.Token);
        try
        {
            // Either ends only by a fault (a refused subscription, a bug) or on stop.
            await await Task.WhenAny(running, forwarding);
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(running, forwarding).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await GoOfflineAsync(session);
        }
    }

    private MqttSessionOptions SessionOptions() => new()
    {
        Name = "park broker",
        Section = "Edge:ParkBroker",
        Host = _broker.Host,
        Port = _broker.Port,
        ClientId = _agent.AgentId,
        Username = _broker.Username,
        Password = _broker.Password,
        Tls = _broker.UseTls ? new MqttTlsOptions(_broker.CaFile, _broker.ClientCertificateFile, _broker.ClientKeyFile) : null,
        KeepAlive = _broker.KeepAlive,
        SessionExpiry = _broker.SessionExpiry,
        Subscriptions = _broker.Acknowledgement == AcknowledgementMode.EndToEnd ? [_ackTopic] : [],
        ReconnectMinDelay = _broker.MinReconnectDelay,
        ReconnectMaxDelay = _broker.MaxReconnectDelay,
        Will = now => new MqttWill(_statusTopic, AgentStatusCodec.Encode(new AgentStatus(AgentState.Offline, now, _agent.AgentId, Version)), Retain: true),
    };

    private async Task KeepConnectedAsync(MqttSession session, CancellationToken cancellationToken)
    {
        try
        {
            await session.RunAsync(cancellationToken);
        }
        catch (MqttSubscriptionRefusedException ex)
        {
            throw new InvalidOperationException($"{ex.Message}, or set Edge:ParkBroker:Acknowledgement to Broker", ex);
        }
    }

    /// <summary>Forwards on each connection in turn; a lost connection waits for the next one, a refused publish for a backoff.</summary>
    private async Task ForwardWhileConnectedAsync(MqttSession session, CancellationToken cancellationToken)
    {
        var refusals = new ExponentialBackoff(_broker.MinReconnectDelay, _broker.MaxReconnectDelay);
        while (!cancellationToken.IsCancellationRequested)
        {
            var connection = await session.WaitUntilConnectedAsync(cancellationToken);
            LogForwarding(_logger, _broker.Host, _broker.Port, _log.Checkpoint + 1, _log.Pending);
            try
            {
                await ForwardAsync(session, connection, cancellationToken);
            }
            catch (MqttConnectionLostException ex)
            {
                LogLinkDown(_logger, _broker.Host, _broker.Port, ex.Message, _log.Pending);
            }
            catch (MqttPublishRefusedException ex)
            {
                var delay = refusals.Next();
                LogLinkDown(_logger, _broker.Host, _broker.Port, ex.Message, _log.Pending);
                await Task.Delay(delay, _time, cancellationToken);
            }
        }
    }

    private Task OnMessageAsync(MqttSessionMessage message, CancellationToken cancellationToken)
    {
        if (message.Topic != _ackTopic || _broker.Acknowledgement != AcknowledgementMode.EndToEnd)
        {
            return Task.CompletedTask;
        }

        var ack = AcknowledgementCodec.Decode(new ReadOnlySequence<byte>(message.Payload), out var rejection);
        if (ack is null)
        {
            LogBadAcknowledgement(_logger, rejection!.Detail);
            return Task.CompletedTask;
        }

        if (ack.Agent != _agent.AgentId || ack.Log != _log.LogId)
        {
            // Another agent of the plant, or this agent's previous buffer (a retained acknowledgement from before a reinstall).
            return Task.CompletedTask;
        }

        var before = _log.Checkpoint;
        _log.Release(ack.Sequence);
        var released = _log.Checkpoint - before;
        if (released > 0)
        {
            _metrics.Forwarded((int)released);
            _progress.Completed(released);
            Interlocked.Exchange(ref _acknowledged, NewSignal()).TrySetResult();
        }

        return Task.CompletedTask;
    }

    private Task ForwardAsync(MqttSession session, int connection, CancellationToken cancellationToken) =>
        _broker.Acknowledgement == AcknowledgementMode.EndToEnd ? ForwardEndToEndAsync(session, connection, cancellationToken) : ForwardOnPubAckAsync(session, connection, cancellationToken);

    private async Task ForwardEndToEndAsync(MqttSession session, int connection, CancellationToken cancellationToken)
    {
        // After a (re)connect the broker may have lost what it had acknowledged: everything unacknowledged goes again.
        var window = new SendWindow(_broker.MaxUnacknowledged, _broker.AcknowledgementTimeout);
        window.Rewind(_log.Checkpoint, _time.GetUtcNow());
        while (!cancellationToken.IsCancellationRequested)
        {
            var acknowledged = Volatile.Read(ref _acknowledged).Task;
            var now = _time.GetUtcNow();
            window.Observe(_log.Checkpoint, now);
            if (window.IsOverdue(now))
            {
                LogResending(_logger, window.Unacknowledged, _log.Checkpoint + 1, _broker.AcknowledgementTimeout, _ackTopic);
                _metrics.Resent(window.Unacknowledged);
                window.Rewind(_log.Checkpoint, now);
            }

            var batch = window.Room > 0 ? _log.Read(window.Next, Math.Min(_broker.BatchSize, window.Room)) : [];
            if (batch.Count > 0)
            {
                await PublishBatchAsync(session, batch, cancellationToken);
                window.Sent(batch[^1].Sequence, _time.GetUtcNow());
                continue;
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var appended = window.Room > 0 ? _log.WaitForAppendAsync(window.Next - 1, wait.Token) : Task.Delay(Timeout.Infinite, wait.Token);
            var timeout = Task.Delay(Min(window.UntilOverdue(now), TimeSpan.FromSeconds(1)), _time, wait.Token);
            await Task.WhenAny(acknowledged, appended, timeout);
            await wait.CancelAsync();
            ThrowIfDisconnected(session, connection);
        }
    }

    private async Task ForwardOnPubAckAsync(MqttSession session, int connection, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = _log.Read(_log.Checkpoint + 1, _broker.BatchSize);
            if (batch.Count == 0)
            {
                using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                idle.CancelAfter(TimeSpan.FromSeconds(1));
                await _log.WaitForAppendAsync(_log.LastSequence, idle.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                ThrowIfDisconnected(session, connection);
                continue;
            }

            await PublishBatchAsync(session, batch, cancellationToken);
            _log.Release(batch[^1].Sequence);
            _metrics.Forwarded(batch.Count);
            _progress.Completed(batch.Count);
        }
    }

    private static void ThrowIfDisconnected(MqttSession session, int connection)
    {
        if (!session.IsCurrent(connection))
        {
            throw new MqttConnectionLostException("the connection to the park broker was lost");
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private async Task PublishBatchAsync(MqttSession session, IReadOnlyList<BufferedReading> batch, CancellationToken cancellationToken)
    {
        var (first, last) = (batch[0].Sequence, batch[^1].Sequence);
        if (last - first + 1 != batch.Count)
        {
            throw new InvalidOperationException($"buffer returned sequences {first}..{last} for {batch.Count} readings: the log's numbering has a hole");
        }

        var readings = batch.Select(b => b.Reading).ToList();
        var sequence = new BatchSequence(_log.LogId, first, last, Math.Min(_log.Checkpoint, first - 1));
        var payload = ReadingBatchCodec.Encode(new ReadingBatch(_agent.AgentId, ReadingBatch.NewBatchId(_time.GetUtcNow()), readings, sequence));
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(_readingsTopic)
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build();
        await session.PublishAsync(message, cancellationToken);
    }

    private Task PublishStatusAsync(MqttSession session, AgentState state, CancellationToken cancellationToken)
    {
        var payload = AgentStatusCodec.Encode(new AgentStatus(state, _time.GetUtcNow(), _agent.AgentId, Version));
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(_statusTopic)
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithRetainFlag()
            .Build();
        return session.PublishAsync(message, cancellationToken);
    }

    private async Task GoOfflineAsync(MqttSession session)
    {
        if (!session.IsConnected)
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            await PublishStatusAsync(session, AgentState.Offline, timeout.Token);
            await session.DisconnectAsync(timeout.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or MqttConnectionLostException or MqttPublishRefusedException)
        {
            LogLinkDown(_logger, _broker.Host, _broker.Port, ex.Message, _log.Pending);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    [LoggerMessage(EventId = 3302, Level = LogLevel.Warning, Message = "No acknowledgement for {Unacknowledged} readings within {Timeout}: resending from sequence {From} (is the worker running, and may this agent read {AckTopic}?)")]
    private static partial void LogResending(ILogger logger, long unacknowledged, long from, TimeSpan timeout, string ackTopic);

    [LoggerMessage(EventId = 3303, Level = LogLevel.Warning, Message = "Ignored an unreadable acknowledgement: {Reason}")]
    private static partial void LogBadAcknowledgement(ILogger logger, string reason);

    [LoggerMessage(EventId = 3300, Level = LogLevel.Information, Message = "Forwarding to park broker {Host}:{Port} from sequence {From} ({Pending} pending)")]
    private static partial void LogForwarding(ILogger logger, string host, int port, long from, long pending);

    [LoggerMessage(EventId = 3301, Level = LogLevel.Warning, Message = "Park broker {Host}:{Port} unavailable ({Reason}); {Pending} readings kept in the buffer, retrying")]
    private static partial void LogLinkDown(ILogger logger, string host, int port, string reason, long pending);
}
