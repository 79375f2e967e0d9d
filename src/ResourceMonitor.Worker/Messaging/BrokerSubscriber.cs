using System.Threading.Channels;
using Microsoft.Extensions.Options;
using ResourceMonitor.Contracts;
using ResourceMonitor.Mqtt;
using ResourceMonitor.Worker.Ingest;
using ResourceMonitor.Worker.Operations;

namespace ResourceMonitor.Worker.Messaging;

/// <summary>
/// The worker's subscription to the park broker (the session core's persistent session, QoS 1, manual acknowledgement) on
/// the readings topics of its parks. Messages go to a channel as <see cref="InboundMessage"/>s; nothing is acknowledged here.
/// </summary>
internal sealed class BrokerSubscriber : IDisposable
{
    private readonly MqttSession _session;
    private ChannelWriter<InboundMessage>? _sink;
    private volatile bool _receiving = true;

    public BrokerSubscriber(BrokerSessions sessions, IReadingCatalog catalog, WorkerMetrics metrics)
    {
        _session = sessions.Subscriber(catalog.Parks.Select(Topics.AllReadings).ToArray());
        _session.OnMessage(OnMessageAsync);
        metrics.Meter.CreateObservableGauge("rm_broker_connected", () => _session.IsConnected ? 1 : 0, description: "1 while subscribed to the park broker");
    }

    /// <summary>True while connected and subscribed.</summary>
    public bool IsConnected => _session.IsConnected;

    /// <summary>The session's state, for readiness.</summary>
    public MqttSessionStatus Status => _session.Status;

    /// <summary>
    /// Keeps the connection up until <paramref name="cancellationToken"/> fires, writing every message to <paramref name="sink"/>.
    /// Throws <see cref="MqttSubscriptionRefusedException"/> when the broker refuses the subscription.
    /// </summary>
    public Task RunAsync(ChannelWriter<InboundMessage> sink, CancellationToken cancellationToken)
    {
        _sink = sink;
        return _session.RunAsync(cancellationToken);
    }

    /// <summary>Stops taking messages: those that arrive from now on are left unacknowledged for the broker to redeliver.</summary>
    public void StopReceiving() => _receiving = false;

    /// <summary>Disconnects normally; the broker keeps the session.</summary>
    public Task DisconnectAsync(CancellationToken cancellationToken) => _session.DisconnectAsync(cancellationToken);

    public void Dispose() => _session.Dispose();

    private async Task OnMessageAsync(MqttSessionMessage message, CancellationToken cancellationToken)
    {
        var sink = _sink;
        if (!_receiving || sink is null)
        {
            return;
        }

        // The channel holds at least Receive Maximum messages, and the broker sends no more unacknowledged ones than that,
        // so this write does not wait in practice; MQTT flow control is the back-pressure.
        await sink.WriteAsync(new InboundMessage(message.Topic, message.Payload, new MqttDelivery(message)), CancellationToken.None);
    }
}
