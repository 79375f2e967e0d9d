using System.Diagnostics;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using ResourceMonitor.TestServices;

namespace ResourceMonitor.LoadTest;

/// <summary>Mosquitto alone: the publishers, QoS 1, into one subscriber (QoS 1) that only counts.</summary>
public static class MosquittoCeiling
{
    /// <summary>Publishes <paramref name="messages"/> and returns readings/s from the first publish to the last message received.</summary>
    public static async Task<Measurement> MeasureAsync(SyntheticPark park, IReadOnlyList<WorkloadMessage> messages, int publishers, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await using var broker = await MosquittoInstance.StartNewAsync();
        using var subscriber = new MqttClientFactory().CreateMqttClient();
        var received = 0;
        var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        subscriber.ApplicationMessageReceivedAsync += _ =>
        {
            if (Interlocked.Increment(ref received) == messages.Count)
            {
                all.TrySetResult();
            }

            return Task.CompletedTask;
        };
        await subscriber.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer(broker.Host, broker.Port)
            .WithClientId("load-sub").WithProtocolVersion(MqttProtocolVersion.V500).Build(), cancellationToken);
        await subscriber.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter($"rm/v1/{park.Id}/+/readings", MqttQualityOfServiceLevel.AtLeastOnce).Build(), cancellationToken);
        await using var senders = await ParkPublishers.ConnectAsync(broker, publishers);
        var clock = Stopwatch.StartNew();
        await senders.PublishAllAsync(messages, cancellationToken);
        await all.Task.WaitAsync(timeout, cancellationToken);
        var elapsed = clock.Elapsed;
        await subscriber.DisconnectAsync(cancellationToken: cancellationToken);
        return new Measurement("Mosquitto alone", messages.Sum(m => m.Readings) / elapsed.TotalSeconds);
    }
}
