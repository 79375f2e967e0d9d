using System.Globalization;
using ResourceMonitor.Contracts;
using ResourceMonitor.IntegrationTests.Deployment;
using ResourceMonitor.IntegrationTests.Infrastructure;
using ResourceMonitor.IntegrationTests.Worker;

namespace ResourceMonitor.IntegrationTests.Edge;

/// <summary>
/// The edge agent process over TLS to Mosquitto running the production configuration (deploy/mosquitto/mosquitto.conf)
/// with the CA, server certificate, ACL and passwords init.sh generates: its plant's credentials and the generated CA get
/// through; another CA, plain MQTT on the TLS port and TLS 1.1 do not.
/// </summary>
public sealed class EdgeAgentTlsTests : IAsyncLifetime
{
    private const string Plant = "steel-01";
    private const string User = "edge-steel-01";
    private BrokerSetup? _setup;
    private ProductionBroker? _broker;
    private MosquittoInstance? _factory;

    private BrokerSetup Setup => _setup ?? throw new InvalidOperationException("Not started.");

    private ProductionBroker Broker => _broker ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _setup = await BrokerSetup.RunAsync(Deployment.SamplePark.Id, [Plant]);
        _broker = await ProductionBroker.StartAsync(_setup);
        _factory = await MosquittoInstance.StartNewAsync();
    }

    public async Task DisposeAsync()
    {
        _broker?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        _setup?.Dispose();
    }

    [Fact]
    public async Task The_agent_forwards_its_readings_over_tls_with_the_generated_ca_and_its_plants_credentials()
    {
        using var watcher = await TestMqttClient.ConnectAsync("127.0.0.1", Broker.PlainPort, "operator", Setup.Passwords["operator"], "operator");
        await watcher.SubscribeAsync(Topics.Readings(Setup.Park, Plant));
        using var agent = CreateAgent();

        agent.Start(TlsArguments(Path.Combine(Setup.CertificatesDirectory, "ca.crt")));
        var arrived = await Eventually.TrueAsync(() => !watcher.Received.IsEmpty, TimeSpan.FromSeconds(30));

        Assert.True(arrived, $"no readings over TLS\n{agent.AllOutput}\n{Broker.Log}");
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"on port {Broker.TlsPort}"), Broker.Log, StringComparison.Ordinal);
        Assert.Contains($"as {User} ", Broker.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agent_that_trusts_another_ca_does_not_connect_and_keeps_its_readings()
    {
        var otherCa = Path.Combine(Setup.Directory.FullName, "other-ca.crt");
        var made = await ToolRun.RunAsync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=Some other CA",
            "-keyout", Path.Combine(Setup.Directory.FullName, "other-ca.key"), "-out", otherCa]);
        Assert.True(made.ExitCode == 0, made.ToString());
        using var watcher = await TestMqttClient.ConnectAsync("127.0.0.1", Broker.PlainPort, "operator", Setup.Passwords["operator"], "operator");
        await watcher.SubscribeAsync(Topics.Readings(Setup.Park, Plant));
        using var agent = CreateAgent();

        agent.Start(TlsArguments(otherCa));
        await agent.WaitUntilLoggedAsync("Cannot connect to park broker", TimeSpan.FromSeconds(30));
        await Task.Delay(1000);

        Assert.Empty(watcher.Received);
        Assert.DoesNotContain($"as {User} ", Broker.Log, StringComparison.Ordinal);
        Assert.True(agent.BufferBytes > 0, "the agent should keep its readings while it cannot connect");
    }

    [Fact]
    public async Task Plain_mqtt_tls_1_1_and_missing_credentials_on_the_tls_listener_are_refused()
    {
        var ca = Path.Combine(Setup.CertificatesDirectory, "ca.crt");
        string[] publish = ["-h", "127.0.0.1", "-p", Broker.TlsPort.ToString(CultureInfo.InvariantCulture), "-t", Topics.Readings(Setup.Park, Plant), "-m", "x", "-q", "1", "-V", "mqttv5"];
        string[] credentials = ["-u", User, "-P", Setup.Passwords[User]];

        var trusted = await ToolRun.RunAsync(RequiredService.MosquittoPub, [.. publish, .. credentials, "--cafile", ca]);
        var plaintext = await ToolRun.RunAsync(RequiredService.MosquittoPub, [.. publish, .. credentials]);
        // mosquitto_pub's --tls-version is a minimum, so TLS 1.1 is offered with openssl (security level 0 so that the
        // refusal is the broker's, not the client's own OpenSSL policy).
        var tls11 = await ToolRun.RunAsync("openssl", ["s_client", "-connect", $"127.0.0.1:{Broker.TlsPort.ToString(CultureInfo.InvariantCulture)}",
            "-tls1_1", "-cipher", "DEFAULT@SECLEVEL=0", "-CAfile", ca]);
        var anonymous = await ToolRun.RunAsync(RequiredService.MosquittoPub, [.. publish, "--cafile", ca]);

        Assert.True(trusted.ExitCode == 0, $"{trusted}\n{Broker.Log}");
        Assert.NotEqual(0, plaintext.ExitCode);
        Assert.NotEqual(0, tls11.ExitCode);
        Assert.Contains("alert protocol version", tls11.StandardError + tls11.StandardOutput, StringComparison.Ordinal);
        Assert.NotEqual(0, anonymous.ExitCode);
    }

    private EdgeAgentProcess CreateAgent()
    {
        var simulation = new { Seed = 5, Interval = "00:00:00.200", CatalogFile = RepositoryFiles.Path("catalog/hiep-phuoc.json") };
        return EdgeAgentProcess.Create(_factory!, _factory!, Plant, Array.Empty<object>(), simulation: simulation,
            parkCredentials: (User, Setup.Passwords[User]), acknowledgement: "Broker");
    }

    private string[] TlsArguments(string caFile) =>
    [
        "--Edge:ParkBroker:Host=127.0.0.1",
        string.Create(CultureInfo.InvariantCulture, $"--Edge:ParkBroker:Port={Broker.TlsPort}"),
        "--Edge:ParkBroker:UseTls=true",
        $"--Edge:ParkBroker:CaFile={caFile}",
    ];
}
