using MQTTnet;

namespace ResourceMonitor.Mqtt.Transport;

/// <summary>
/// One MQTT client connection as <see cref="MqttSession"/> uses it: MQTTnet's client in production (<see cref="MqttNetTransport"/>),
/// a scripted broker in the session's unit tests. Messages are taken with manual acknowledgement; the session decides when.
/// </summary>
public interface IMqttTransport : IDisposable
{
    /// <summary>Whether the client believes it is connected.</summary>
    bool IsConnected { get; }

    /// <summary>Called for each received message (set once, before the first connect).</summary>
    Func<TransportMessage, Task>? MessageReceived { get; set; }

    /// <summary>Called when a connection ends or a connect attempt fails, with the reason.</summary>
    Func<string, Task>? Disconnected { get; set; }

    /// <summary>Connects; returns whether the broker resumed a stored session. Throws when the connect fails or is refused.</summary>
    Task<bool> ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken);

    /// <summary>Subscribes to <paramref name="filters"/> at QoS 1; one result per filter, in order.</summary>
    Task<IReadOnlyList<SubscriptionResult>> SubscribeAsync(IReadOnlyList<string> filters, CancellationToken cancellationToken);

    /// <summary>Publishes one message; returns the broker's reason code (QoS 0 messages: success).</summary>
    Task<PublishResult> PublishAsync(MqttApplicationMessage message, CancellationToken cancellationToken);

    /// <summary>Disconnects normally (a persistent session stays on the broker).</summary>
    Task DisconnectAsync(CancellationToken cancellationToken);
}
