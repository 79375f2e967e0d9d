using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Protocol;

namespace ResourceMonitor.Worker.Messaging;

/// <summary>
/// <see cref="IParkPublisher"/> over its own MQTT connection (so a publish never waits on the subscriber's receive loop):
/// QoS 1, retried with backoff until the broker acknowledges or the caller cancels.
/// </summary>
internal sealed class MqttParkPublisher : IParkPublisher, IAsyncDisposable
{
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly SemaphoreSlim _connectLock = new(1, 1);
    private readonly MqttClientOptionsFactory _optionsFactory;
    private readonly BrokerOptions _broker;
    private readonly TimeProvider _time;
    private readonly ILogger<MqttParkPublisher> _logger;

    public MqttParkPublisher(MqttClientOptionsFactory optionsFactory, IOptions<BrokerOptions> broker, TimeProvider time, ILogger<MqttParkPublisher> logger)
    {
        _optionsFactory = optionsFactory;
        _broker = broker.Value;
        _time = time;
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
        var backoff = new ReconnectBackoff(_broker.ReconnectMinDelay, _broker.ReconnectMaxDelay);
        while (true)
        {
            try
            {
                await EnsureConnectedAsync(cancellationToken);
                var result = await _client.PublishAsync(message, cancellationToken);
                if (result.IsSuccess)
                {
                    return;
                }

                throw new InvalidOperationException($"The broker refused the publish on {topic}: {result.ReasonCode} {result.ReasonString}");
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                var delay = backoff.Next();
                MessagingLog.PublishFailed(_logger, ex, topic, delay);
                await Task.Delay(delay, _time, cancellationToken);
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        _connectLock.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task EnsureConnectedAsync(CancellationToken cancellationToken)
    {
        if (_client.IsConnected)
        {
            return;
        }

        await _connectLock.WaitAsync(cancellationToken);
        try
        {
            if (!_client.IsConnected)
            {
                await _client.ConnectAsync(_optionsFactory.Publisher(), cancellationToken);
            }
        }
        finally
        {
            _connectLock.Release();
        }
    }
}
