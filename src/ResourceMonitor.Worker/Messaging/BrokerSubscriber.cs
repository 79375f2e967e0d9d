using System.Buffers;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Protocol;
using ResourceMonitor.Worker.Operations;

namespace ResourceMonitor.Worker.Messaging;

/// <summary>
/// The worker's subscription to the park broker: a persistent MQTT 5 session, QoS 1, manual acknowledgement, and a
/// reconnect loop with backoff. Messages go to a channel as <see cref="InboundMessage"/>s; nothing is acknowledged here.
/// </summary>
internal sealed partial class BrokerSubscriber : IAsyncDisposable
{
    private readonly IMqttClient _client;
    private readonly MqttClientOptionsFactory _optionsFactory;
    private readonly BrokerOptions _broker;
    private readonly TimeProvider _time;
    private readonly ILogger<BrokerSubscriber> _logger;
    private readonly ConnectionGeneration _generation = new();
    private readonly SemaphoreSlim _wake = new(0);
    private ChannelWriter<InboundMessage>? _sink;
    private volatile bool _receiving = true;

    public BrokerSubscriber(MqttClientOptionsFactory optionsFactory, IOptions<BrokerOptions> broker, TimeProvider time, WorkerMetrics metrics, ILogger<BrokerSubscriber> logger)
    {
        _optionsFactory = optionsFactory;
        _broker = broker.Value;
        _time = time;
        _logger = logger;
        _client = new MqttClientFactory().CreateMqttClient();
        _client.ApplicationMessageReceivedAsync += OnMessageAsync;
        _client.DisconnectedAsync += OnDisconnectedAsync;
        metrics.Meter.CreateObservableGauge("rm_broker_connected", () => _client.IsConnected ? 1 : 0, description: "1 while subscribed to the park broker");
    }

    /// <summary>True while connected and subscribed.</summary>
    public bool IsConnected => _client.IsConnected;

    /// <summary>Keeps the connection up until <paramref name="cancellationToken"/> fires, writing every message to <paramref name="sink"/>.</summary>
    public async Task RunAsync(IReadOnlyList<string> filters, ChannelWriter<InboundMessage> sink, CancellationToken cancellationToken)
    {
        _sink = sink;
        var backoff = new ReconnectBackoff(_broker.ReconnectMinDelay, _broker.ReconnectMaxDelay);
        while (!cancellationToken.IsCancellationRequested)
        {
            if (!_client.IsConnected)
            {
                try
                {
                    await ConnectAsync(filters, cancellationToken);
                    backoff.Reset();
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    var delay = backoff.Next();
                    MessagingLog.ConnectFailed(_logger, ex, _broker.Host, _broker.Port, delay);
                    await DelayAsync(delay, cancellationToken);
                    continue;
                }
            }

            await WaitForDisconnectAsync(cancellationToken);
        }
    }

    /// <summary>Stops taking messages: those that arrive from now on are left unacknowledged for the broker to redeliver.</summary>
    public void StopReceiving() => _receiving = false;

    /// <summary>Disconnects normally; the broker keeps the session.</summary>
    public async Task DisconnectAsync(CancellationToken cancellationToken)
    {
        if (_client.IsConnected)
        {
            var options = new MqttClientDisconnectOptionsBuilder().WithReason(MqttClientDisconnectOptionsReason.NormalDisconnection).Build();
            try
            {
                await _client.DisconnectAsync(options, cancellationToken);
            }
            catch (Exception ex) when (ex is MQTTnet.Exceptions.MqttCommunicationException or OperationCanceledException)
            {
                // Already gone: the session stays on the broker all the same.
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        _wake.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task ConnectAsync(IReadOnlyList<string> filters, CancellationToken cancellationToken)
    {
        // The handler must be attached before connecting: a resumed session delivers its queued messages at once.
        _generation.Advance();
        var result = await _client.ConnectAsync(_optionsFactory.Subscriber(), cancellationToken);
        var subscribe = new MqttClientSubscribeOptionsBuilder();
        foreach (var filter in filters)
        {
            subscribe.WithTopicFilter(f => f.WithTopic(filter).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce));
        }

        var granted = await _client.SubscribeAsync(subscribe.Build(), cancellationToken);
        foreach (var item in granted.Items)
        {
            if (item.ResultCode is not (MqttClientSubscribeResultCode.GrantedQoS1 or MqttClientSubscribeResultCode.GrantedQoS2))
            {
                MessagingLog.SubscriptionRefused(_logger, item.TopicFilter.Topic, item.ResultCode.ToString());
                throw new InvalidOperationException($"The broker refused the subscription to {item.TopicFilter.Topic}: {item.ResultCode}.");
            }
        }

        MessagingLog.Connected(_logger, _broker.Host, _broker.Port, _broker.ClientId, result.IsSessionPresent, string.Join(", ", filters));
    }

    private async Task OnMessageAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        e.AutoAcknowledge = false;
        var sink = _sink;
        if (!_receiving || sink is null)
        {
            return;
        }

        var message = e.ApplicationMessage;
        var inbound = new InboundMessage(message.Topic, message.Payload.ToArray(), new MqttDelivery(e, _generation, _generation.Current));

        // The channel holds at least Receive Maximum messages, and the broker sends no more unacknowledged ones than that,
        // so this write does not wait in practice; MQTT flow control is the back-pressure.
        await sink.WriteAsync(inbound, CancellationToken.None);
    }

    private Task OnDisconnectedAsync(MqttClientDisconnectedEventArgs e)
    {
        _generation.Advance();
        if (e.ClientWasConnected && _receiving)
        {
            MessagingLog.Disconnected(_logger, e.Reason.ToString());
        }

        _wake.Release();
        return Task.CompletedTask;
    }

    private async Task WaitForDisconnectAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Released by every disconnect, also one signalled before this wait began (the semaphore counts it).
            await _wake.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private async Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, _time, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
