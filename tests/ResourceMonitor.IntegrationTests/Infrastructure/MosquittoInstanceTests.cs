using System.Collections.Concurrent;
using System.Text;
using MQTTnet;
using MQTTnet.Protocol;

namespace ResourceMonitor.IntegrationTests.Infrastructure;

public sealed class MosquittoInstanceTests
{
    [Fact]
    public async Task A_started_broker_delivers_a_message_between_two_clients()
    {
        await using var broker = await MosquittoInstance.StartNewAsync();
        var received = new ConcurrentQueue<string>();
        using var subscriber = await ConnectAsync(broker, "sub", cleanStart: true, received);
        await subscriber.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter("rm/v1/test/#", MqttQualityOfServiceLevel.AtLeastOnce).Build());
        using var publisher = await ConnectAsync(broker, "pub", cleanStart: true, null);

        var result = await publisher.PublishStringAsync("rm/v1/test/plant/readings", "hello", MqttQualityOfServiceLevel.AtLeastOnce);

        Assert.True(result.IsSuccess, result.ReasonString);
        await WaitForAsync(() => received.Count == 1, broker);
        Assert.Equal("hello", Assert.Single(received));
    }

    [Fact]
    public async Task Messages_queued_for_a_persistent_session_survive_a_graceful_broker_restart_on_the_same_port()
    {
        await using var broker = await MosquittoInstance.StartNewAsync();
        var port = broker.Port;
        using (var subscriber = await ConnectAsync(broker, "durable", cleanStart: false, null))
        {
            await subscriber.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter("q/#", MqttQualityOfServiceLevel.AtLeastOnce).Build());
            await subscriber.DisconnectAsync();
        }

        using (var publisher = await ConnectAsync(broker, "pub", cleanStart: true, null))
        {
            for (var i = 0; i < 2_000; i++)
            {
                await publisher.PublishStringAsync("q/x", i.ToString(System.Globalization.CultureInfo.InvariantCulture), MqttQualityOfServiceLevel.AtLeastOnce);
            }

            await publisher.DisconnectAsync();
        }

        await broker.StopAsync();
        Assert.False(broker.IsRunning);
        await broker.StartAsync();

        var received = new ConcurrentQueue<string>();
        using var again = await ConnectAsync(broker, "durable", cleanStart: false, received);
        await WaitForAsync(() => received.Count >= 2_000, broker);
        Assert.Equal(port, broker.Port);
        Assert.Equal(Enumerable.Range(0, 2_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), received.Distinct());
    }

    [Fact]
    public async Task A_killed_broker_refuses_connections_and_serves_again_after_start()
    {
        await using var broker = await MosquittoInstance.StartNewAsync();

        broker.Kill();

        Assert.False(broker.IsRunning);
        using var refused = new MqttClientFactory().CreateMqttClient();
        await Assert.ThrowsAnyAsync<Exception>(() => refused.ConnectAsync(Options(broker, "refused", true)));
        await broker.StartAsync();
        using var client = await ConnectAsync(broker, "after-kill", cleanStart: true, null);
        Assert.True(client.IsConnected);
    }

    [Fact]
    public async Task A_password_file_and_acl_restrict_who_may_publish_where()
    {
        var dir = Directory.CreateTempSubdirectory("rm-acl-");
        try
        {
            var passwords = Path.Combine(dir.FullName, "passwd");
            await MosquittoPasswordFile.WriteAsync(passwords, [("alice", "secret-a")]);
            var acl = Path.Combine(dir.FullName, "acl");
            await File.WriteAllTextAsync(acl, "user alice\ntopic readwrite allowed/#\n");
            await using var broker = await MosquittoInstance.StartNewAsync(new MosquittoOptions { PasswordFile = passwords, AclFile = acl });

            using var anonymous = new MqttClientFactory().CreateMqttClient();
            var anonymousResult = await anonymous.ConnectAsync(Options(broker, "anon", true), CancellationToken.None).ContinueWith(t => t.IsFaulted ? null : t.Result);
            using var alice = new MqttClientFactory().CreateMqttClient();
            await alice.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer(broker.Host, broker.Port).WithClientId("alice")
                .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500).WithCredentials("alice", "secret-a").Build());
            var denied = await alice.PublishStringAsync("forbidden/x", "no", MqttQualityOfServiceLevel.AtLeastOnce);
            var allowed = await alice.PublishStringAsync("allowed/x", "yes", MqttQualityOfServiceLevel.AtLeastOnce);

            Assert.True(anonymousResult is null || anonymousResult.ResultCode != MqttClientConnectResultCode.Success);
            Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, denied.ReasonCode);
            Assert.True(allowed.IsSuccess, broker.Log);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static MqttClientOptions Options(MosquittoInstance broker, string clientId, bool cleanStart) =>
        new MqttClientOptionsBuilder()
            .WithTcpServer(broker.Host, broker.Port)
            .WithClientId(clientId)
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500)
            .WithCleanStart(cleanStart)
            .WithSessionExpiryInterval(cleanStart ? 0u : 3600u)
            .WithTimeout(TimeSpan.FromSeconds(5))
            .Build();

    private static async Task<IMqttClient> ConnectAsync(MosquittoInstance broker, string clientId, bool cleanStart, ConcurrentQueue<string>? received)
    {
        var client = new MqttClientFactory().CreateMqttClient();
        if (received is not null)
        {
            client.ApplicationMessageReceivedAsync += e =>
            {
                received.Enqueue(Encoding.UTF8.GetString(e.ApplicationMessage.Payload));
                return Task.CompletedTask;
            };
        }

        await client.ConnectAsync(Options(broker, clientId, cleanStart));
        return client;
    }

    private static async Task WaitForAsync(Func<bool> condition, MosquittoInstance broker)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), $"Condition not met within 15 s. Broker log:\n{broker.Log}");
    }
}
