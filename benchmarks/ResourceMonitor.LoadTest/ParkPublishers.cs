using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using ResourceMonitor.TestServices;

namespace ResourceMonitor.LoadTest;

/// <summary>
/// N MQTT 5 connections publishing QoS 1 (each awaits its PUBACKs, <see cref="InFlightPerConnection"/> at a time), playing
/// the park's edge agents.
/// </summary>
public sealed class ParkPublishers : IAsyncDisposable
{
    /// <summary>Publishes a connection keeps in flight.</summary>
    public const int InFlightPerConnection = 20;

    private readonly IMqttClient[] _clients;

    private ParkPublishers(IMqttClient[] clients) => _clients = clients;

    /// <summary>Connects <paramref name="count"/> publishers to <paramref name="broker"/>.</summary>
    public static async Task<ParkPublishers> ConnectAsync(MosquittoInstance broker, int count)
    {
        var factory = new MqttClientFactory();
        var clients = new IMqttClient[count];
        for (var i = 0; i < count; i++)
        {
            clients[i] = factory.CreateMqttClient();
            await clients[i].ConnectAsync(new MqttClientOptionsBuilder()
                .WithTcpServer(broker.Host, broker.Port)
                .WithClientId($"load-pub-{i}-{Guid.NewGuid():N}"[..20])
                .WithProtocolVersion(MqttProtocolVersion.V500)
                .Build());
        }

        return new ParkPublishers(clients);
    }

    /// <summary>Publishes every message as fast as the broker acknowledges them.</summary>
    public async Task PublishAllAsync(IReadOnlyList<WorkloadMessage> messages, CancellationToken cancellationToken)
    {
        var next = -1;
        var senders = _clients.SelectMany(client => Enumerable.Range(0, InFlightPerConnection).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < messages.Count)
            {
                await PublishAsync(client, messages[index], cancellationToken);
            }
        }, cancellationToken)));
        await Task.WhenAll(senders);
    }

    /// <summary>Publishes <paramref name="message"/> on the first connection and waits for its PUBACK.</summary>
    public Task PublishAsync(WorkloadMessage message, CancellationToken cancellationToken) => PublishAsync(_clients[0], message, cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync();
            }

            client.Dispose();
        }
    }

    private static async Task PublishAsync(IMqttClient client, WorkloadMessage message, CancellationToken cancellationToken)
    {
        var result = await client.PublishAsync(
            new MqttApplicationMessageBuilder().WithTopic(message.Topic).WithPayload(message.Payload).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build(),
            cancellationToken);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"Publish on {message.Topic} failed: {result.ReasonCode}");
        }
    }
}
