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
using ResourceMonitor.Hosting.Supervision;

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
    private readonly string _readingsTopic;
    private readonly string _statusTopic;
    private readonly string _ackTopic;
    private TaskCompletionSource _acknowledged = NewSignal();

    /// <summary>The forwarder.</summary>
    public ParkForwarder(IOptions<EdgeOptions> agent, IOptions<ParkBrokerOptions> broker, ReadingLog log, TimeProvider time, EdgeMetrics metrics,
        StageSupervisor supervisor, StageRegistry stages, ILogger<ParkForwarder> logger)
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
        _readingsTopic = Topics.Readings(_agent.Park, _agent.Plant);
        _statusTopic = Topics.Status(_agent.Park, _agent.Plant);
        _ackTopic = Topics.Ack(_agent.Park, _agent.Plant);
    }

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _supervisor.RunAsync(EdgeStageNames.Forwarder, StageFailurePolicy.Restart, RunStageAsync, stoppingToken);

    private async Task RunStageAsync(CancellationToken stoppingToken)
    {
        using var client = new MqttClientFactory().CreateMqttClient();
        client.ApplicationMessageReceivedAsync += OnMessageAsync;
        var backoff = new Backoff(_broker.MinReconnectDelay, _broker.MaxReconnectDelay);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ConnectAsync(client, stoppingToken);
                backoff.Reset();
                await ForwardAsync(client, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                LogLinkDown(_logger, _broker.Host, _broker.Port, ex.Message, _log.Pending);
                await Task.Delay(backoff.Next(), _time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        await GoOfflineAsync(client);
    }

    private async Task ConnectAsync(IMqttClient client, CancellationToken cancellationToken)
    {
        if (client.IsConnected)
        {
            return;
        }

        var options = ParkClientOptionsFactory.Create(_agent, _broker, _time.GetUtcNow(), Version);
        var result = await client.ConnectAsync(options, cancellationToken);
        if (result.ResultCode != MqttClientConnectResultCode.Success)
        {
            throw new InvalidOperationException($"park broker refused the connection: {result.ResultCode} {result.ReasonString}");
        }

        if (_broker.Acknowledgement == AcknowledgementMode.EndToEnd)
        {
            await SubscribeToAcknowledgementsAsync(client, cancellationToken);
        }

        await PublishStatusAsync(client, AgentState.Online, cancellationToken);
        LogConnected(_logger, _broker.Host, _broker.Port, _log.Checkpoint + 1, _log.Pending);
    }

    private async Task SubscribeToAcknowledgementsAsync(IMqttClient client, CancellationToken cancellationToken)
    {
        var subscription = new MqttClientSubscribeOptionsBuilder().WithTopicFilter(_ackTopic, MqttQualityOfServiceLevel.AtLeastOnce).Build();
        var result = await client.SubscribeAsync(subscription, cancellationToken);
        if (result.Items.Any(i => (int)i.ResultCode >= 0x80))
        {
            throw new InvalidOperationException($"park broker refused the subscription to {_ackTopic} ({result.Items.First().ResultCode}): its ACL must let this agent read its plant's ack topic, or set Edge:ParkBroker:Acknowledgement to Broker");
        }
    }

    private Task OnMessageAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        if (e.ApplicationMessage.Topic != _ackTopic || _broker.Acknowledgement != AcknowledgementMode.EndToEnd)
        {
            return Task.CompletedTask;
        }

        var ack = AcknowledgementCodec.Decode(e.ApplicationMessage.Payload, out var rejection);
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
            Interlocked.Exchange(ref _acknowledged, NewSignal()).TrySetResult();
        }

        return Task.CompletedTask;
    }

    private Task ForwardAsync(IMqttClient client, CancellationToken cancellationToken) =>
        _broker.Acknowledgement == AcknowledgementMode.EndToEnd ? ForwardEndToEndAsync(client, cancellationToken) : ForwardOnPubAckAsync(client, cancellationToken);

    private async Task ForwardEndToEndAsync(IMqttClient client, CancellationToken cancellationToken)
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
                await PublishBatchAsync(client, batch, cancellationToken);
                window.Sent(batch[^1].Sequence, _time.GetUtcNow());
                continue;
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var appended = window.Room > 0 ? _log.WaitForAppendAsync(window.Next - 1, wait.Token) : Task.Delay(Timeout.Infinite, wait.Token);
            var timeout = Task.Delay(Min(window.UntilOverdue(now), TimeSpan.FromSeconds(1)), _time, wait.Token);
            await Task.WhenAny(acknowledged, appended, timeout);
            await wait.CancelAsync();
            ThrowIfDisconnected(client);
        }
    }

    private async Task ForwardOnPubAckAsync(IMqttClient client, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = _log.Read(_log.Checkpoint + 1, _broker.BatchSize);
            if (batch.Count == 0)
            {
                using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                idle.CancelAfter(TimeSpan.FromSeconds(1));
                await _log.WaitForAppendAsync(_log.LastSequence, idle.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                ThrowIfDisconnected(client);
                continue;
            }

            await PublishBatchAsync(client, batch, cancellationToken);
            _log.Release(batch[^1].Sequence);
            _metrics.Forwarded(batch.Count);
            _progress.Completed(batch.Count);
        }
    }

    private static void ThrowIfDisconnected(IMqttClient client)
    {
        if (!client.IsConnected)
        {
            throw new InvalidOperationException("the connection to the park broker was lost");
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private async Task PublishBatchAsync(IMqttClient client, IReadOnlyList<BufferedReading> batch, CancellationToken cancellationToken)
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
        var result = await client.PublishAsync(message, cancellationToken);
        if (result.ReasonCode is not (MqttClientPublishReasonCode.Success or MqttClientPublishReasonCode.NoMatchingSubscribers))
        {
            throw new InvalidOperationException($"park broker did not accept batch ending at sequence {last}: {result.ReasonCode} {result.ReasonString}");
        }
    }

    private Task PublishStatusAsync(IMqttClient client, AgentState state, CancellationToken cancellationToken)
    {
        var payload = AgentStatusCodec.Encode(new AgentStatus(state, _time.GetUtcNow(), _agent.AgentId, Version));
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(_statusTopic)
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithRetainFlag()
            .Build();
        return client.PublishAsync(message, cancellationToken);
    }

    private async Task GoOfflineAsync(IMqttClient client)
    {
        if (!client.IsConnected)
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            await PublishStatusAsync(client, AgentState.Offline, timeout.Token);
            await client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), timeout.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or MQTTnet.Exceptions.MqttCommunicationException)
        {
            LogLinkDown(_logger, _broker.Host, _broker.Port, ex.Message, _log.Pending);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    [LoggerMessage(EventId = 3302, Level = LogLevel.Warning, Message = "No acknowledgement for {Unacknowledged} readings within {Timeout}: resending from sequence {From} (is the worker running, and may this agent read {AckTopic}?)")]
    private static partial void LogResending(ILogger logger, long unacknowledged, long from, TimeSpan timeout, string ackTopic);

    [LoggerMessage(EventId = 3303, Level = LogLevel.Warning, Message = "Ignored an unreadable acknowledgement: {Reason}")]
    private static partial void LogBadAcknowledgement(ILogger logger, string reason);

    [LoggerMessage(EventId = 3300, Level = LogLevel.Information, Message = "Connected to park broker {Host}:{Port}; forwarding from sequence {From} ({Pending} pending)")]
    private static partial void LogConnected(ILogger logger, string host, int port, long from, long pending);

    [LoggerMessage(EventId = 3301, Level = LogLevel.Warning, Message = "Park broker {Host}:{Port} unavailable ({Reason}); {Pending} readings kept in the buffer, retrying")]
    private static partial void LogLinkDown(ILogger logger, string host, int port, string reason, long pending);
}
