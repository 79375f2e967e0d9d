using System.Text.RegularExpressions;
using ResourceMonitor.IntegrationTests.Infrastructure;
using ResourceMonitor.Worker.Api;

namespace ResourceMonitor.IntegrationTests.Deployment;

/// <summary>docker-compose.yml grants each service what it needs only: ports, InfluxDB tokens, API keys (checked with <c>docker-compose config</c>).</summary>
public sealed partial class ComposeLeastPrivilegeTests
{
    private const string ExampleAdminToken = "change-me-token";

    private static string DockerCompose => RequiredService.Find("docker-compose", "docker-compose", "/usr/bin/docker-compose");

    private static async Task<Dictionary<string, string>> ServicesAsync()
    {
        var run = await ToolRun.RunAsync(
            DockerCompose,
            ["--env-file", RepositoryFiles.Path("deploy/compose.env.example"), "config"],
            new Dictionary<string, string>(StringComparer.Ordinal) { ["COMPOSE_PROJECT_NAME"] = "resourcemonitor-test" },
            RepositoryFiles.Path("."));
        Assert.True(run.ExitCode == 0, run.ToString());
        var output = run.StandardOutput[run.StandardOutput.IndexOf("services:", StringComparison.Ordinal)..];
        var end = output.IndexOf("\nvolumes:", StringComparison.Ordinal);
        return ServiceBlock().Matches(end < 0 ? output : output[..end])
            .Select(m => m.Value.TrimStart('\n', ' '))
            .ToDictionary(block => block[..block.IndexOf(':', StringComparison.Ordinal)], StringComparer.Ordinal);
    }

    [Fact]
    public async Task Only_grafana_is_published_on_every_interface_the_rest_on_loopback()
    {
        var services = await ServicesAsync();

        var published = services.Where(s => s.Value.Contains("\n    ports:", StringComparison.Ordinal)).ToDictionary(s => s.Key, s => s.Value);
        Assert.Equal(["grafana", "influxdb", "mosquitto", "worker"], published.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, block) in published.Where(s => s.Key != "grafana"))
        {
            var ports = PortLine().Matches(block).Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(ports);
            Assert.All(ports, port => Assert.True(port.StartsWith("127.0.0.1:", StringComparison.Ordinal), $"{name} publishes {port} beyond loopback"));
        }
    }

    [Fact]
    public async Task The_admin_token_reaches_only_influxdb_and_the_token_service_and_the_worker_and_grafana_read_their_own()
    {
        var services = await ServicesAsync();

        var holders = services.Where(s => s.Value.Contains(ExampleAdminToken, StringComparison.Ordinal)).Select(s => s.Key).Order(StringComparer.Ordinal);
        Assert.Equal(["influxdb", "influxdb-tokens"], holders);
        Assert.Contains("influx-tokens/worker.token", services["worker"], StringComparison.Ordinal);
        Assert.Contains("condition: service_completed_successfully", services["worker"], StringComparison.Ordinal);
        Assert.Contains("influxdb-tokens:/run/resourcemonitor/influx-tokens:ro", services["grafana"], StringComparison.Ordinal);
        var datasource = File.ReadAllText(RepositoryFiles.Path("grafana/provisioning/datasources/influxdb.yaml"));
        Assert.Contains("Token $__file{/run/resourcemonitor/influx-tokens/grafana.token}", datasource, StringComparison.Ordinal);
        var script = File.ReadAllText(RepositoryFiles.Path("deploy/influxdb/create-tokens.sh"));
        Assert.Contains("create worker 1654 --read-bucket \"$bucket_id\" --write-bucket \"$bucket_id\"\n", script, StringComparison.Ordinal);
        Assert.Contains("create grafana 472 --read-bucket \"$bucket_id\"\n", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_worker_gets_its_api_key_as_a_hash_with_admin_scope()
    {
        var worker = (await ServicesAsync())["worker"];

        Assert.Contains($"Api__Keys__0__Hash: {ApiKeyHash.Of("example-not-a-secret-park-api-key")}", worker, StringComparison.Ordinal);
        Assert.Contains("Api__Keys__0__Scope: admin", worker, StringComparison.Ordinal);
        Assert.DoesNotContain("Api__Keys__0__Key", worker, StringComparison.Ordinal);
        Assert.DoesNotContain("example-not-a-secret-park-api-key", worker, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^  [^\s#][^\n]*:\n(?:(?:    [^\n]*)?\n)*", RegexOptions.Multiline)]
    private static partial Regex ServiceBlock();

    [GeneratedRegex(@"\n    - (\S+:\d+:\d+(?:/tcp)?)")]
    private static partial Regex PortLine();
}
