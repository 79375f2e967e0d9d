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
/// order (so per-meter order holds), releasing a batch from the buffer only when its PUBACK arrives. Reconnects with backoff;
/// after an outage it replays from checkpoint + 1 at full speed. Publishes the retained online status on connect; the Last Will
/// (and a clean shutdown) publish offline. Supervised as stage <c>edge.forwarder</c>: a fault restarts it after a backoff
/// (the buffer is durable, it resumes from checkpoint + 1).
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
    }

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _supervisor.RunAsync(EdgeStageNames.Forwarder, StageFailurePolicy.Restart, RunStageAsync, stoppingToken);

    private async Task RunStageAsync(CancellationToken stoppingToken)
    {
        using var client = new MqttClientFactory().CreateMqttClient();
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

        await PublishStatusAsync(client, AgentState.Online, cancellationToken);
        LogConnected(_logger, _broker.Host, _broker.Port, _log.Checkpoint + 1, _log.Pending);
    }

    private async Task ForwardAsync(IMqttClient client, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = _log.Read(_log.Checkpoint + 1, _broker.BatchSize);
            if (batch.Count == 0)
            {
                using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                idle.CancelAfter(TimeSpan.FromSeconds(1));
                await _log.WaitForAppendAsync(_log.LastSequence, idle.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                if (!client.IsConnected)
                {
                    throw new InvalidOperationException("the connection to the park broker was lost");
                }

                continue;
            }

            await PublishBatchAsync(client, batch, cancellationToken);
            _log.Release(batch[^1].Sequence);
            _metrics.Forwarded(batch.Count);
            _progress.Completed(batch.Count);
        }
    }

    private async Task PublishBatchAsync(IMqttClient client, IReadOnlyList<BufferedReading> batch, CancellationToken cancellationToken)
    {
        var readings = batch.Select(b => b.Reading).ToList();
        var payload = ReadingBatchCodec.Encode(new ReadingBatch(_agent.AgentId, ReadingBatch.NewBatchId(_time.GetUtcNow()), readings));
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(_readingsTopic)
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build();
        var result = await client.PublishAsync(message, cancellationToken);
        if (result.ReasonCode is not (MqttClientPublishReasonCode.Success or MqttClientPublishReasonCode.NoMatchingSubscribers))
        {
            throw new InvalidOperationException($"park broker did not accept batch ending at sequence {batch[^1].Sequence}: {result.ReasonCode} {result.ReasonString}");
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

    [LoggerMessage(EventId = 3300, Level = LogLevel.Information, Message = "Connected to park broker {Host}:{Port}; forwarding from sequence {From} ({Pending} pending)")]
    private static partial void LogConnected(ILogger logger, string host, int port, long from, long pending);

    [LoggerMessage(EventId = 3301, Level = LogLevel.Warning, Message = "Park broker {Host}:{Port} unavailable ({Reason}); {Pending} readings kept in the buffer, retrying")]
    private static partial void LogLinkDown(ILogger logger, string host, int port, string reason, long pending);
}
