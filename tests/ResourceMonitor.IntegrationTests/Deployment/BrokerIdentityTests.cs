using MQTTnet;
using ResourceMonitor.Contracts;
using ResourceMonitor.IntegrationTests.Infrastructure;
using ResourceMonitor.IntegrationTests.Worker;

namespace ResourceMonitor.IntegrationTests.Deployment;

/// <summary>
/// Session takeovers with another user's client id (issue 13 item 1), against a real Mosquitto with the production ACL,
/// password file and listener setting (client id bound to user name): steel's credentials can neither wipe the worker's
/// persistent session nor kick dyeing's agent off; each plant reads its own opportunities and alerts and no other's.
/// </summary>
public sealed class BrokerIdentityTests(SecuredBroker secured) : IClassFixture<SecuredBroker>
{
    private const string WorkerClientId = "resourcemonitor-worker";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private BrokerSetup Setup => secured.Setup;

    private MosquittoInstance Broker => secured.Broker;

    private string Park => Setup.Park;

    [Fact]
    public async Task Steel_logging_in_with_the_workers_client_id_and_a_clean_session_leaves_the_workers_queued_readings_intact()
    {
        using (var worker = await LoginAsync("worker", WorkerClientId, cleanStart: false, sessionExpiry: TimeSpan.FromHours(1)))
        {
            Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, await worker.SubscribeAsync(Topics.AllReadings(Park)));
            await worker.DisconnectAsync();
        }

        using (var dyeing = await LoginAsync("edge-dyeing-01", "edge-dyeing-01"))
        {
            for (var i = 1; i <= 20; i++)
            {
                Assert.Equal(MqttClientPublishReasonCode.Success, await dyeing.PublishAsync(Topics.Readings(Park, "dyeing-01"), $"queued-{i}"));
            }
        }

        // The attack of issue 13: steel's login with the worker's client id (and with its user name), clean, expiry 0.
        foreach (var stolen in new[] { WorkerClientId, "worker" })
        {
            using var steel = await LoginAsync("edge-steel-01", stolen, cleanStart: true, sessionExpiry: TimeSpan.Zero);
            await steel.DisconnectAsync();
        }

        using var restarted = await LoginAsync("worker", WorkerClientId, cleanStart: false, sessionExpiry: TimeSpan.FromHours(1));
        await Eventually.TrueAsync(() => restarted.Received.Count >= 20, Patience);

        Assert.True(restarted.Result!.IsSessionPresent, $"the worker's session was wiped\n{Broker.Log}");
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"queued-{i}"), restarted.Received.Select(m => m.Payload));
    }

    [Fact]
    public async Task Steel_logging_in_with_dyeings_client_id_neither_kicks_dyeing_off_nor_fires_its_last_will()
    {
        using var watcher = await LoginAsync("operator", "operator");
        await watcher.SubscribeAsync(Topics.Status(Park, "dyeing-01"));
        using var dyeing = await LoginAsync("edge-dyeing-01", "edge-dyeing-01", will: (Topics.Status(Park, "dyeing-01"), "offline"));

        using var steel = await LoginAsync("edge-steel-01", "edge-dyeing-01");
        var steelForged = await steel.PublishAsync(Topics.Status(Park, "dyeing-01"), "offline", retain: true);
        await Task.Delay(500);

        Assert.True(dyeing.Client.IsConnected, $"dyeing was kicked off\n{Broker.Log}");
        Assert.Equal(0, dyeing.Disconnections);
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, steelForged);
        Assert.DoesNotContain(watcher.Received, m => m.Payload == "offline");
        await dyeing.DisconnectAsync();
    }

    [Fact]
    public async Task A_plant_with_a_last_will_on_another_plants_status_never_gets_it_published_and_that_plant_stays_online()
    {
        var refusedAtConnect = await ForeignLastWillAttack.AssertHarmlessAsync(
            (user, will) => TestMqttClient.TryConnectAsync(Broker.Host, Broker.Port, user, Setup.Passwords[user], user, will: will), Park, Patience);

        // Mosquitto 2.0 accepts the connection and checks the will against the ACL when it would publish it: denied, dropped.
        Assert.False(refusedAtConnect, Broker.Log);
    }

    [Fact]
    public async Task The_workers_three_connections_hold_three_sessions_at_once()
    {
        using var subscriber = await LoginAsync("worker", WorkerClientId);
        using var publisher = await LoginAsync("worker-pub", $"{WorkerClientId}-pub");
        using var status = await LoginAsync("worker-status", $"{WorkerClientId}-status");
        await Task.Delay(300);

        Assert.All(new[] { subscriber, publisher, status }, c => Assert.True(c.Client.IsConnected && c.Disconnections == 0, Broker.Log));
    }

    [Fact]
    public async Task A_plant_reads_its_own_opportunities_and_alerts_and_not_another_plants_nor_the_park_wide_ones()
    {
        const string Pair = "steel-waste-heat--dyeing-boiler-heat";
        using var worker = await LoginAsync("worker", "worker");
        using var food = await LoginAsync("edge-food-01", "edge-food-01");
        using var steel = await LoginAsync("edge-steel-01", "edge-steel-01");
        await food.SubscribeAsync(Topics.PlantOpportunities(Park, "food-01"));
        await food.SubscribeAsync(Topics.PlantAlerts(Park, "food-01"));
        await food.SubscribeAsync(Topics.PlantOpportunities(Park, "steel-01"));
        await food.SubscribeAsync(Topics.PlantAlerts(Park, "steel-01"));
        await food.SubscribeAsync(Topics.Opportunity(Park, "+"));
        await food.SubscribeAsync(Topics.Alerts(Park));
        await steel.SubscribeAsync(Topics.PlantAlerts(Park, "steel-01"));
        try
        {
            await worker.PublishAsync(Topics.Opportunity(Park, Pair), "park-wide", retain: true);
            await worker.PublishAsync(Topics.PlantOpportunity(Park, "steel-01", Pair), "steel-opportunity", retain: true);
            await worker.PublishAsync(Topics.Alerts(Park), "park-alert");
            await worker.PublishAsync(Topics.PlantAlerts(Park, "steel-01"), "steel-alert");
            await worker.PublishAsync(Topics.PlantOpportunity(Park, "food-01", "food-x--paper-y"), "food-opportunity", retain: true);
            await worker.PublishAsync(Topics.PlantAlerts(Park, "food-01"), "food-alert");

            await Eventually.TrueAsync(() => food.Received.Any(m => m.Payload == "food-alert") && steel.Received.Any(m => m.Payload == "steel-alert"), Patience);
            await Task.Delay(300);

            Assert.Equal(["food-opportunity", "food-alert"], food.Received.Select(m => m.Payload));
            Assert.Equal(["steel-alert"], steel.Received.Select(m => m.Payload));
            Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, await steel.PublishAsync(Topics.PlantOpportunity(Park, "steel-01", Pair), "forged", retain: true));
            Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, await steel.PublishAsync(Topics.PlantAlerts(Park, "food-01"), "forged"));
            Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, await steel.PublishAsync(Topics.Ack(Park, "steel-01"), "forged", retain: true));
        }
        finally
        {
            // The broker is shared by the class: clear the retained messages.
            await worker.PublishAsync(Topics.Opportunity(Park, Pair), string.Empty, retain: true);
            await worker.PublishAsync(Topics.PlantOpportunity(Park, "steel-01", Pair), string.Empty, retain: true);
            await worker.PublishAsync(Topics.PlantOpportunity(Park, "food-01", "food-x--paper-y"), string.Empty, retain: true);
        }
    }

    [Fact]
    public async Task The_operator_reads_the_park_and_may_publish_nothing()
    {
        using var park = await LoginAsync("operator", "operator");

        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, await park.PublishAsync(Topics.Alerts(Park), "forged"));
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, await park.PublishAsync(Topics.Readings(Park, "steel-01"), "forged"));
    }

    private Task<TestMqttClient> LoginAsync(string user, string clientId, bool cleanStart = true, TimeSpan? sessionExpiry = null, (string Topic, string Payload)? will = null) =>
        TestMqttClient.ConnectAsync(Broker.Host, Broker.Port, user, Setup.Passwords[user], clientId, cleanStart, sessionExpiry, will);
}
