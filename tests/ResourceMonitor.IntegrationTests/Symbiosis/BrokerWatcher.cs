using System.Collections.Concurrent;
using System.Text;
using MQTTnet;
using MQTTnet.Protocol;
using ResourceMonitor.IntegrationTests.Infrastructure;

namespace ResourceMonitor.IntegrationTests.Symbiosis;

/// <summary>Subscribes to the park's opportunity and alert topics and records what arrives, with the arrival time.</summary>
public sealed class BrokerWatcher : IAsyncDisposable
{
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();

    private BrokerWatcher()
    {
    }

    public sealed record Received(string Topic, string Payload, bool Retained, DateTimeOffset At);

    public ConcurrentQueue<Received> Messages { get; } = new();

    /// <summary>Watches the park's opportunity and alert topics, plus <paramref name="moreFilters"/> (e.g. a plant's alert topic).</summary>
    public static async Task<BrokerWatcher> ConnectAsync(MosquittoInstance broker, string park, params string[] moreFilters)
    {
        var watcher = new BrokerWatcher();
        watcher._client.ApplicationMessageReceivedAsync += e =>
        {
            var m = e.ApplicationMessage;
            watcher.Messages.Enqueue(new Received(m.Topic, Encoding.UTF8.GetString(m.Payload), m.Retain, DateTimeOffset.UtcNow));
            return Task.CompletedTask;
        };
        await watcher._client.ConnectAsync(new MqttClientOptionsBuilder()
            .WithTcpServer(broker.Host, broker.Port)
            .WithClientId($"watch-{Guid.NewGuid():N}"[..20])
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500)
            .Build());
        var subscription = new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter($"rm/v1/{park}/opportunities/#", MqttQualityOfServiceLevel.AtLeastOnce)
            .WithTopicFilter($"rm/v1/{park}/alerts", MqttQualityOfServiceLevel.AtLeastOnce);
        foreach (var filter in moreFilters)
        {
            subscription.WithTopicFilter(filter, MqttQualityOfServiceLevel.AtLeastOnce);
        }

        await watcher._client.SubscribeAsync(subscription.Build());
        return watcher;
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync();
        }

        _client.Dispose();
    }
}
