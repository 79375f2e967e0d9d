using System.Text.Json;
using ResourceMonitor.IntegrationTests.Infrastructure;

namespace ResourceMonitor.IntegrationTests.Edge;

/// <summary>
/// The built agent against a park Mosquitto whose ACL refuses its subscription to its acknowledgement topic. Mosquitto's
/// <c>acl_file</c> never refuses a subscription (it grants it and filters deliveries: the silent case), so the broker runs
/// Mosquitto's own dynamic-security plugin, which answers a denied SUBSCRIBE with reason 0x87 NotAuthorized.
/// </summary>
public sealed class EdgeAgentSubscriptionTests
{
    private const string AckTopic = "rm/v1/hiep-phuoc/dyeing-01/ack";
    private static readonly string[] DynamicSecurityPlugin =
    [
        "/usr/lib/x86_64-linux-gnu/mosquitto_dynamic_security.so", "/usr/lib/aarch64-linux-gnu/mosquitto_dynamic_security.so",
        "/usr/lib/mosquitto_dynamic_security.so", "/usr/local/lib/mosquitto_dynamic_security.so",
    ];

    [Fact]
    public async Task A_subscription_the_broker_refuses_is_an_error_naming_the_topic_and_the_health_file_names_the_stage()
    {
        var directory = Directory.CreateTempSubdirectory("rm-edge-acl-");
        try
        {
            var plugin = DynamicSecurityPlugin.FirstOrDefault(File.Exists)
                ?? throw new InvalidOperationException($"Mosquitto's dynamic-security plugin (mosquitto_dynamic_security.so, package mosquitto) is not installed: looked in {string.Join(", ", DynamicSecurityPlugin)}");

            // Clients may publish (readings, status) but subscribe to nothing: the end-to-end acknowledgement topic is refused.
            var security = Path.Combine(directory.FullName, "dynamic-security.json");
            await File.WriteAllTextAsync(security, """
                {"defaultACLAccess":{"publishClientSend":true,"publishClientReceive":true,"subscribe":false,"unsubscribe":true},
                 "clients":[],"groups":[{"groupname":"anonymous","roles":[]}],"roles":[],"anonymousGroup":"anonymous"}
                """);
            await using var park = await MosquittoInstance.StartNewAsync(new MosquittoOptions { ExtraConfigLines = [$"plugin {plugin}", $"plugin_opt_config_file {security}"] });
            var simulation = new { Seed = 3, Interval = "00:00:01", Meters = Array.Empty<object>() };
            using var agent = EdgeAgentProcess.Create(park, park, "dyeing-01", Array.Empty<object>(), simulation: simulation)
                .ExpectError($"refused the subscription of edge-dyeing-01 to {AckTopic}")
                .ExpectError("Stage edge.forwarder failed; restarting it");
            var health = Path.Combine(directory.FullName, "health.json");

            agent.Start($"--Edge:Operations:HealthFile={health}", "--Edge:Operations:HealthInterval=00:00:01",
                "--Edge:Operations:RestartMinDelay=00:00:00.200", "--Edge:Operations:RestartMaxDelay=00:00:00.500", "--Edge:Operations:MaxRestarts=1000");
            await agent.WaitUntilLoggedAsync("restart 2 of at most 1000", TimeSpan.FromSeconds(60));
            await Task.Delay(TimeSpan.FromSeconds(1.5));

            Assert.Contains($"fail: ResourceMonitor.Mqtt.MqttSession[1103]", agent.AllOutput, StringComparison.Ordinal);
            Assert.Contains($"refused the subscription of edge-dyeing-01 to {AckTopic}: reason 0x87 NotAuthorized", agent.AllOutput, StringComparison.Ordinal);
            using var file = JsonDocument.Parse(await File.ReadAllTextAsync(health));
            var forwarder = file.RootElement.GetProperty("stages").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "edge.forwarder");
            Assert.True(forwarder.GetProperty("restarts").GetInt32() >= 2, forwarder.ToString());
            Assert.Contains(AckTopic, forwarder.GetProperty("last_error").GetString(), StringComparison.Ordinal);
            Assert.Contains("Edge:ParkBroker:Acknowledgement", forwarder.GetProperty("last_error").GetString(), StringComparison.Ordinal);
            Assert.Null(await agent.WaitForExitAsync(TimeSpan.FromMilliseconds(100)));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
