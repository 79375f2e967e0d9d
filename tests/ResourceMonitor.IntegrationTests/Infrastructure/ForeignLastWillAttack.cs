using MQTTnet;
using ResourceMonitor.Contracts;
using ResourceMonitor.IntegrationTests.Worker;

namespace ResourceMonitor.IntegrationTests.Infrastructure;

/// <summary>
/// The Last Will attack of issue 13 against a broker with the park's access policy: steel connects with a Last Will
/// <c>offline</c> (retained) on dyeing's status topic and drops its connection without a DISCONNECT, hoping the broker
/// publishes it in steel's place (the worker would take dyeing offline and close its opportunities). The broker must
/// refuse the connection or never publish that will; dyeing stays connected and its retained status stays <c>online</c>
/// for the worker's status watcher and for a new subscriber. A control plant (food) drops the same way with a will on its own status, which must
/// arrive: so the drop did fire Last Wills, and the test cannot pass by a will that was never due.
/// </summary>
internal static class ForeignLastWillAttack
{
    /// <summary>Connects <c>user</c> (client id = user) with an optional Last Will; returns the client whatever the broker answered.</summary>
    public delegate Task<TestMqttClient> TryLogin(string user, (string Topic, string Payload)? will);

    /// <summary>Runs the attack and asserts it did no harm; true when the broker refused steel's connection outright.</summary>
    public static async Task<bool> AssertHarmlessAsync(TryLogin login, string park, TimeSpan patience)
    {
        var victim = Topics.Status(park, "dyeing-01");
        using var watcher = await Connected(login("worker-status", null));
        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, await watcher.SubscribeAsync(Topics.AllStatus(park)));
        using var dyeing = await Connected(login("edge-dyeing-01", (victim, "offline")));
        Assert.Equal(MqttClientPublishReasonCode.Success, await dyeing.PublishAsync(victim, "online", retain: true));
        await Eventually.TrueAsync(() => watcher.Received.Any(m => m.Topic == victim && m.Payload == "online"), patience);

        using var food = await Connected(login("edge-food-01", (Topics.Status(park, "food-01"), "food-offline")));
        using var steel = await login("edge-steel-01", (victim, "offline"));
        var steelRefused = steel.Result?.ResultCode != MqttClientConnectResultCode.Success;

        // Both connections drop without a DISCONNECT, as when an agent crashes: the broker publishes the wills it allows.
        steel.Client.Dispose();
        food.Client.Dispose();
        await Eventually.TrueAsync(() => watcher.Received.Any(m => m.Payload == "food-offline"), patience);
        await Task.Delay(300);

        Assert.DoesNotContain(watcher.Received, m => m.Topic == victim && m.Payload == "offline");
        Assert.True(dyeing.Client.IsConnected && dyeing.Disconnections == 0, "dyeing was disconnected");
        using var late = await Connected(login("operator", null));
        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, await late.SubscribeAsync(victim));
        await Eventually.TrueAsync(() => !late.Received.IsEmpty, patience);
        Assert.Equal([(victim, "online", true)], late.Received);
        await dyeing.DisconnectAsync();
        return steelRefused;
    }

    private static async Task<TestMqttClient> Connected(Task<TestMqttClient> login)
    {
        var client = await login;
        Assert.True(client.Result?.ResultCode == MqttClientConnectResultCode.Success, $"refused: {client.Result?.ResultCode}");
        return client;
    }
}
