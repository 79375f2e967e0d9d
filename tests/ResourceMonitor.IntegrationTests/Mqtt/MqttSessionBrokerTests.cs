using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using MQTTnet;
using MQTTnet.Protocol;
using ResourceMonitor.IntegrationTests.Infrastructure;
using ResourceMonitor.Mqtt;

namespace ResourceMonitor.IntegrationTests.Mqtt;

/// <summary>The session core against a real Mosquitto (persistence on) that is SIGKILLed and started again on the same port.</summary>
public sealed class MqttSessionBrokerTests
{
    private const string Filter = "rm/v1/hiep-phuoc/+/readings";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task After_a_broker_kill_the_session_reconnects_resubscribes_gets_every_unacknowledged_message_again_and_acknowledges_only_on_its_own_connection()
    {
        await using var broker = await MosquittoInstance.StartNewAsync(new MosquittoOptions { AutosaveInterval = TimeSpan.FromSeconds(1) });
        var received = new ConcurrentQueue<MqttSessionMessage>();
        using var session = new MqttSession(Options(broker), TimeProvider.System, NullLogger.Instance);
        session.OnMessage((m, _) =>
        {
            received.Enqueue(m);
            return Task.CompletedTask;
        });
        using var stop = new CancellationTokenSource();
        var run = session.RunAsync(stop.Token);
        var first = await session.WaitUntilConnectedAsync(CancellationToken.None).WaitAsync(Patience);

        await PublishAsync(broker, "a1", "a2");
        await Until(() => received.Count == 2);
        var beforeKill = received.ToArray();
        Assert.True(await beforeKill[0].AcknowledgeAsync(CancellationToken.None));
        await Task.Delay(TimeSpan.FromSeconds(2)); // Mosquitto's autosave writes the session with a2 in flight.

        broker.Kill();
        await Until(() => !session.IsConnected);
        await broker.StartAsync();
        var second = await session.WaitUntilConnectedAsync(CancellationToken.None).WaitAsync(Patience);
        await PublishAsync(broker, "b1");
        await Until(() => received.Any(m => Text(m) == "b1"));

        Assert.NotEqual(first, second);
        Assert.Equal(2, session.Status.Connections);

        // a2, unacknowledged on the first connection, comes again; its old copy is not acknowledged on the new connection.
        Assert.False(await beforeKill[1].AcknowledgeAsync(CancellationToken.None));
        var again = received.Skip(2).Where(m => Text(m) == "a2").ToArray();
        var copy = Assert.Single(again);
        Assert.Equal(second, copy.Connection);
        Assert.True(await copy.AcknowledgeAsync(CancellationToken.None));
        Assert.DoesNotContain(received.Skip(2), m => Text(m) == "a1");

        await stop.CancelAsync();
        await run.WaitAsync(Patience);
        await session.DisconnectAsync(CancellationToken.None);
    }

    private static MqttSessionOptions Options(MosquittoInstance broker) => new()
    {
        Name = "park broker",
        Section = "Broker",
        Host = broker.Host,
        Port = broker.Port,
        ClientId = "session-core-test",
        KeepAlive = TimeSpan.FromSeconds(2),
        SessionExpiry = TimeSpan.FromHours(1),
        Subscriptions = [Filter],
        ManualAcknowledgement = true,
        ReconnectMinDelay = TimeSpan.FromMilliseconds(100),
        ReconnectMaxDelay = TimeSpan.FromMilliseconds(500),
    };

    private static string Text(MqttSessionMessage message) => Encoding.UTF8.GetString(message.Payload.Span);

    private static async Task PublishAsync(MosquittoInstance broker, params string[] payloads)
    {
        using var client = new MqttClientFactory().CreateMqttClient();
        await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer(broker.Host, broker.Port).WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500).Build());
        foreach (var payload in payloads)
        {
            var message = new MqttApplicationMessageBuilder().WithTopic("rm/v1/hiep-phuoc/dyeing-01/readings").WithPayload(payload)
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build();
            await client.PublishAsync(message);
        }

        await client.DisconnectAsync();
    }

    private static async Task Until(Func<bool> condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Patience, "condition not met within 30 s");
            await Task.Delay(50);
        }
    }
}
