using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Protocol;
using ResourceMonitor.Hosting.Retry;
using ResourceMonitor.Hosting.Supervision;
using ResourceMonitor.Mqtt;
using ResourceMonitor.Worker.Operations;

namespace ResourceMonitor.Worker.Messaging;

/// <summary>
/// <see cref="IParkPublisher"/> over its own session to the park broker (so a publish never waits on the subscriber's receive
/// loop), kept up by the supervised stage <c>park-publisher</c>. QoS 1: a publish waits for the connection and is repeated
/// until the broker accepts it or the caller cancels; a refusal is logged and retried after a backoff. The connection stays
/// open after the host begins to stop, so notices and acknowledgements flushed on shutdown still go out.
/// </summary>
internal sealed class MqttParkPublisher : BackgroundService, IParkPublisher
{
    private readonly MqttSession _session;
    private readonly BrokerOptions _broker;
    private readonly TimeProvider _time;
    private readonly StageSupervisor _supervisor;
    private readonly ILogger<MqttParkPublisher> _logger;

    public MqttParkPublisher(BrokerSessions sessions, IOptions<BrokerOptions> broker, TimeProvider time, StageSupervisor supervisor, ILogger<MqttParkPublisher> logger)
    {
        _session = sessions.Publisher();
        _broker = broker.Value;
        _time = time;
        _supervisor = supervisor;
        _logger = logger;
    }

    public async Task PublishAsync(string topic, ReadOnlyMemory<byte> payload, bool retain, CancellationToken cancellationToken)
    {
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload.ToArray())
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithRetainFlag(retain)
            .Build();
        var backoff = new ExponentialBackoff(_broker.ReconnectMinDelay, _broker.ReconnectMaxDelay);
        while (true)
        {
            await _session.WaitUntilConnectedAsync(cancellationToken);
            try
            {
                await _session.PublishAsync(message, cancellationToken);
                return;
            }
            catch (Exception ex) when (ex is MqttConnectionLostException or MqttPublishRefusedException)
            {
                var delay = backoff.Next();
                MessagingLog.PublishFailed(_logger, ex, topic, delay);
                await Task.Delay(delay, _time, cancellationToken);
            }
        }
    }

    public override void Dispose()
    {
        _session.Dispose();
        base.Dispose();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _supervisor.RunAsync(StageNames.ParkPublisher, StageFailurePolicy.Restart, _session.RunAsync, stoppingToken);
}
