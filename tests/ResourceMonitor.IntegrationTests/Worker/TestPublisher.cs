using System.Collections.Concurrent;
using MQTTnet;
using MQTTnet.Protocol;
using ResourceMonitor.Contracts;
using ResourceMonitor.Contracts.Codec;
using ResourceMonitor.IntegrationTests.Infrastructure;

namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>A plain MQTTnet client playing edge agents: publishes QoS 1 and collects rejection notices.</summary>
public sealed class TestPublisher : IAsyncDisposable
{
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();

    private TestPublisher()
    {
    }

    /// <summary>Notices received on <c>rm/v1/{park}/+/rejected</c>.</summary>
    public ConcurrentQueue<RejectionNotice> Notices { get; } = new();

    /// <summary>Connects to <paramref name="broker"/> and subscribes to the park's rejected topics.</summary>
    public static async Task<TestPublisher> ConnectAsync(MosquittoInstance broker)
    {
        var publisher = new TestPublisher();
        publisher._client.ApplicationMessageReceivedAsync += e =>
        {
            publisher.Notices.Enqueue(RejectionNoticeCodec.Decode(e.ApplicationMessage.Payload, out var refused)
                ?? throw new InvalidDataException($"the worker published a notice its own codec refuses: {refused}"));
            return Task.CompletedTask;
        };
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(broker.Host, broker.Port)
            .WithClientId($"test-pub-{Guid.NewGuid():N}"[..24])
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500)
            .Build();
        await publisher._client.ConnectAsync(options);
        await publisher._client.SubscribeAsync(
            new MqttClientSubscribeOptionsBuilder().WithTopicFilter($"rm/v1/{SamplePark.Id}/+/rejected", MqttQualityOfServiceLevel.AtLeastOnce).Build());
        return publisher;
    }

    /// <summary>Publishes a batch of <paramref name="plant"/>.</summary>
    public Task PublishAsync(string plant, ReadingBatch batch) => PublishRawAsync(Topics.Readings(SamplePark.Id, plant), ReadingBatchCodec.Encode(batch));

    /// <summary>Publishes any payload on any topic, QoS 1, and waits for the broker's PUBACK.</summary>
    public async Task PublishRawAsync(string topic, byte[] payload)
    {
        var message = new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build();
        var result = await _client.PublishAsync(message);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"Publish on {topic} failed: {result.ReasonCode}");
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync();
        }

        _client.Dispose();
    }
}
