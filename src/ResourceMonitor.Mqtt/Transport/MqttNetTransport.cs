using System.Buffers;
using MQTTnet;
using MQTTnet.Protocol;

namespace ResourceMonitor.Mqtt.Transport;

/// <summary><see cref="IMqttTransport"/> over one MQTTnet 5 client.</summary>
public sealed class MqttNetTransport : IMqttTransport
{
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();

    /// <summary>A transport with a new MQTTnet client.</summary>
    public MqttNetTransport()
    {
        _client.ApplicationMessageReceivedAsync += OnMessageAsync;
        _client.DisconnectedAsync += e => Disconnected?.Invoke(e.Exception?.Message ?? e.Reason.ToString()) ?? Task.CompletedTask;
    }

    /// <inheritdoc />
    public bool IsConnected => _client.IsConnected;

    /// <inheritdoc />
    public Func<TransportMessage, Task>? MessageReceived { get; set; }

    /// <inheritdoc />
    public Func<string, Task>? Disconnected { get; set; }

    /// <inheritdoc />
    public async Task<bool> ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken)
    {
        var result = await _client.ConnectAsync(options, cancellationToken);
        if (result.ResultCode != MqttClientConnectResultCode.Success)
        {
            throw new MqttConnectionLostException($"the broker refused the connection: {result.ResultCode} {result.ReasonString}");
        }

        return result.IsSessionPresent;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SubscriptionResult>> SubscribeAsync(IReadOnlyList<string> filters, CancellationToken cancellationToken)
    {
        var subscribe = new MqttClientSubscribeOptionsBuilder();
        foreach (var filter in filters)
        {
            subscribe.WithTopicFilter(filter, MqttSessionOptions.SubscriptionQos);
        }

        var result = await _client.SubscribeAsync(subscribe.Build(), cancellationToken);
        return result.Items.Select(i => new SubscriptionResult(i.TopicFilter.Topic, (int)i.ResultCode, i.ResultCode.ToString())).ToArray();
    }

    /// <inheritdoc />
    public async Task<PublishResult> PublishAsync(MqttApplicationMessage message, CancellationToken cancellationToken)
    {
        var result = await _client.PublishAsync(message, cancellationToken);
        var reason = string.IsNullOrEmpty(result.ReasonString) ? result.ReasonCode.ToString() : $"{result.ReasonCode} ({result.ReasonString})";
        return new PublishResult((int)result.ReasonCode, reason);
    }

    /// <inheritdoc />
    public Task DisconnectAsync(CancellationToken cancellationToken) =>
        _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().WithReason(MqttClientDisconnectOptionsReason.NormalDisconnection).Build(), cancellationToken);

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();

    private Task OnMessageAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        // Always manual: the session acknowledges when the handler says, and only on the connection the message came on.
        e.AutoAcknowledge = false;
        var message = e.ApplicationMessage;
        var received = new TransportMessage(message.Topic, message.Payload.ToArray(), message.Retain, e.AcknowledgeAsync);
        return MessageReceived?.Invoke(received) ?? Task.CompletedTask;
    }
}
