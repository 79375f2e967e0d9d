using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MQTTnet;
using ResourceMonitor.Contracts;
using ResourceMonitor.Demo.Broker;
using ResourceMonitor.Domain.Access;
using ResourceMonitor.IntegrationTests.Infrastructure;
using ResourceMonitor.IntegrationTests.Worker;

namespace ResourceMonitor.IntegrationTests.Demo;

/// <summary>
/// The demo's embedded broker with the sample park's access policy and generated credentials: the attacks of issue 13
/// item 2 (no credentials, publishing as another plant, forged retained status, opportunities and alerts, taking over the
/// worker's client id) are refused, and the real <c>mosquitto_sub</c> with its defaults works with the operator's
/// password (issue 17 item 1).
/// </summary>
public sealed class EmbeddedBrokerAccessTests : IAsyncLifetime
{
    private const string Park = "hiep-phuoc";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("rm-embedded-broker-");
    private DemoBrokerCredentials? _credentials;
    private EmbeddedBroker? _broker;

    private EmbeddedBroker Broker => _broker ?? throw new InvalidOperationException("Not started.");

    private IReadOnlyDictionary<string, string> Passwords => _credentials!.Passwords;

    public async Task InitializeAsync()
    {
        var policy = BrokerAccessPolicy.For(Deployment.SamplePark.Catalog());
        _credentials = DemoBrokerCredentials.LoadOrCreate(_data.FullName, policy);
        var access = new EmbeddedBrokerAccess(policy, _credentials.Passwords, NullLogger.Instance);
        _broker = new EmbeddedBroker(Options.Create(new EmbeddedBrokerOptions { Port = 0 }), _data.FullName, access, NullLogger<EmbeddedBroker>.Instance);
        await _broker.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }

        _data.Delete(recursive: true);
    }

    [Fact]
    public async Task Each_user_gets_its_own_password_file_and_the_worker_connections_share_one()
    {
        var files = Directory.GetFiles(Path.Combine(_data.FullName, "mqtt")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        Assert.Contains("operator.password", files);
        Assert.Contains("worker.password", files);
        Assert.Contains("edge-steel-01.password", files);
        Assert.DoesNotContain("worker-pub.password", files);
        Assert.Equal(Passwords["worker"], Passwords["worker-pub"]);
        Assert.NotEqual(Passwords["edge-steel-01"], Passwords["edge-dyeing-01"]);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_credentials!.FileOf("operator")));
        }

        using var steel = await LoginAsync("edge-steel-01", "anything");
        Assert.True(steel.Client.IsConnected);
    }

    [Fact]
    public async Task Clients_without_credentials_with_a_wrong_password_or_an_unknown_user_are_refused()
    {
        foreach (var (user, password) in new (string?, string?)[] { (null, null), ("edge-steel-01", "wrong"), ("edge-steel-01", Passwords["edge-dyeing-01"]), ("grafana", "x") })
        {
            using var client = await TestMqttClient.TryConnectAsync("127.0.0.1", Broker.Port, user, password, "intruder");
            Assert.False(client.Client.IsConnected, $"{user ?? "anonymous"} connected");
            Assert.True(client.Result is null || client.Result.ResultCode == MqttClientConnectResultCode.BadUserNameOrPassword, $"{user}: {client.Result?.ResultCode}");
        }
    }

    [Fact]
    public async Task A_plant_cannot_publish_as_another_plant_nor_forge_retained_status_opportunities_or_alerts()
    {
        using var watcher = await LoginAsync("operator", "operator");
        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, await watcher.SubscribeAsync(Topics.Park(Park)));
        using var steel = await LoginAsync("edge-steel-01", "edge-steel-01");

        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, await steel.PublishAsync(Topics.Readings(Park, "dyeing-01"), "forged-readings"));
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, await steel.PublishAsync(Topics.Status(Park, "dyeing-01"), "forged-offline", retain: true));
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, await steel.PublishAsync(Topics.Opportunity(Park, "fake"), "forged-opportunity", retain: true));
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, await steel.PublishAsync(Topics.PlantOpportunity(Park, "steel-01", "fake"), "forged-own-opportunity", retain: true));
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, await steel.PublishAsync(Topics.Alerts(Park), "forged-alert"));
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, await steel.PublishAsync(Topics.Ack(Park, "steel-01"), "forged-ack", retain: true));
        Assert.Equal(MqttClientPublishReasonCode.Success, await steel.PublishAsync(Topics.Readings(Park, "steel-01"), "own-readings"));
        await Eventually.TrueAsync(() => watcher.Received.Any(m => m.Payload == "own-readings"), Patience);

        Assert.Equal(["own-readings"], watcher.Received.Select(m => m.Payload));
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, await watcher.PublishAsync(Topics.Alerts(Park), "operator-writes"));
    }

    [Fact]
    public async Task A_plant_with_a_last_will_on_another_plants_status_never_gets_it_published_and_that_plant_stays_online()
    {
        var refusedAtConnect = await ForeignLastWillAttack.AssertHarmlessAsync(
            (user, will) => TestMqttClient.TryConnectAsync("127.0.0.1", Broker.Port, user, Passwords[user], user, will: will), Park, Patience);

        // Like Mosquitto 2.0, the embedded broker accepts the connection and refuses the will when it would be published
        // (InterceptingPublishAsync sees a Last Will as a publish by its client's user).
        Assert.False(refusedAtConnect);
    }

    [Fact]
    public async Task A_plant_may_subscribe_to_its_own_topics_only()
    {
        using var steel = await LoginAsync("edge-steel-01", "edge-steel-01");

        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, await steel.SubscribeAsync(Topics.Ack(Park, "steel-01")));
        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, await steel.SubscribeAsync(Topics.PlantOpportunities(Park, "steel-01")));
        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, await steel.SubscribeAsync(Topics.PlantAlerts(Park, "steel-01")));
        Assert.Equal(MqttClientSubscribeResultCode.NotAuthorized, await steel.SubscribeAsync(Topics.Readings(Park, "dyeing-01")));
        Assert.Equal(MqttClientSubscribeResultCode.NotAuthorized, await steel.SubscribeAsync(Topics.PlantOpportunities(Park, "dyeing-01")));
        Assert.Equal(MqttClientSubscribeResultCode.NotAuthorized, await steel.SubscribeAsync(Topics.Park(Park)));
        Assert.Equal(MqttClientSubscribeResultCode.NotAuthorized, await steel.SubscribeAsync("#"));
    }

    [Fact]
    public async Task Steel_with_the_workers_client_id_neither_takes_over_nor_wipes_the_workers_session()
    {
        const string WorkerClientId = "resourcemonitor-demo-worker";
        using (var worker = await LoginAsync("worker", WorkerClientId, cleanStart: false, sessionExpiry: TimeSpan.FromHours(1)))
        {
            await worker.SubscribeAsync(Topics.AllReadings(Park));
            await worker.DisconnectAsync();
        }

        using (var dyeing = await LoginAsync("edge-dyeing-01", "edge-dyeing-01"))
        {
            for (var i = 1; i <= 20; i++)
            {
                await dyeing.PublishAsync(Topics.Readings(Park, "dyeing-01"), $"queued-{i}");
            }
        }

        foreach (var stolen in new[] { WorkerClientId, "worker" })
        {
            using var steel = await LoginAsync("edge-steel-01", stolen, cleanStart: true, sessionExpiry: TimeSpan.Zero);
            await steel.DisconnectAsync();
        }

        using var restarted = await LoginAsync("worker", WorkerClientId, cleanStart: false, sessionExpiry: TimeSpan.FromHours(1));
        using var thief = await LoginAsync("edge-steel-01", WorkerClientId);
        await Eventually.TrueAsync(() => restarted.Received.Count >= 20, Patience);
        await Task.Delay(300);

        Assert.True(restarted.Result!.IsSessionPresent, "the worker's session was wiped");
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"queued-{i}"), restarted.Received.Select(m => m.Payload));
        Assert.True(restarted.Client.IsConnected && restarted.Disconnections == 0, "the worker was taken over");
        Assert.Equal("worker", restarted.Result.AssignedClientIdentifier);
    }

    [Theory]
    [InlineData("mqttv311")]
    [InlineData("mqttv5")]
    public async Task Mosquitto_sub_with_its_default_client_id_and_clean_session_reads_the_park_with_the_operators_password(string protocol)
    {
        using (var worker = await LoginAsync("worker-pub", "worker-pub"))
        {
            await worker.PublishAsync(Topics.Status(Park, "steel-01"), "{\"state\":\"online\"}", retain: true);
        }

        string[] common = ["-h", "127.0.0.1", "-p", Broker.Port.ToString(CultureInfo.InvariantCulture), "-V", protocol, "-t", Topics.Park(Park), "-v", "-C", "1", "-W", "10"];
        var withOperator = await ToolRun.RunAsync(RequiredService.MosquittoSub, [.. common, "-u", "operator", "-P", Passwords["operator"]]);
        var anonymous = await ToolRun.RunAsync(RequiredService.MosquittoSub, common);

        Assert.True(withOperator.ExitCode == 0, withOperator.ToString());
        Assert.Contains($"{Topics.Status(Park, "steel-01")} {{\"state\":\"online\"}}", withOperator.StandardOutput, StringComparison.Ordinal);
        Assert.NotEqual(0, anonymous.ExitCode);
    }

    private Task<TestMqttClient> LoginAsync(string user, string clientId, bool cleanStart = true, TimeSpan? sessionExpiry = null) =>
        TestMqttClient.ConnectAsync("127.0.0.1", Broker.Port, user, Passwords[user], clientId, cleanStart, sessionExpiry);
}
