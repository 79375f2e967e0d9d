using System.Text.Json;
using System.Text.RegularExpressions;
using ResourceMonitor.IntegrationTests.Infrastructure;

namespace ResourceMonitor.IntegrationTests.Deployment;

/// <summary>docker-compose.yml, its Dockerfiles and the production broker configuration, checked without a Docker engine.</summary>
public sealed partial class ComposeFileTests
{
    private static string DockerCompose => RequiredService.Find("docker-compose", "docker-compose", "/usr/bin/docker-compose");

    [Fact]
    public async Task The_compose_file_passes_docker_compose_config_with_the_example_environment()
    {
        var run = await ToolRun.RunAsync(DockerCompose, ["--env-file", RepositoryFiles.Path("deploy/compose.env.example"), "config"], WithoutComposeVariables());

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var service in new[] { "mosquitto:", "influxdb:", "grafana:", "worker:" })
        {
            Assert.Contains($"  {service}", run.StandardOutput, StringComparison.Ordinal);
        }

        Assert.Contains("image: influxdb:2.7", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_large_scale_profile_passes_docker_compose_config_with_an_emqx_cluster_influxdb_3_and_workers_owning_different_parks()
    {
        var run = await ToolRun.RunAsync(
            DockerCompose,
            ["-f", RepositoryFiles.Path("deploy/compose.large-scale.yml"), "--profile", "large-scale", "--env-file", RepositoryFiles.Path("deploy/compose.env.example"), "config"],
            WithoutComposeVariables());

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var service in new[] { "emqx1:", "emqx2:", "influxdb3:", "worker-north:", "worker-south:" })
        {
            Assert.Contains($"  {service}", run.StandardOutput, StringComparison.Ordinal);
        }

        Assert.Contains("image: influxdb:3-core", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("EMQX_CLUSTER__STATIC__SEEDS: '[emqx@emqx1.rm.local,emqx@emqx2.rm.local]'", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("EMQX_MQTT__MAX_MQUEUE_LEN: '1000000'", run.StandardOutput, StringComparison.Ordinal);
        var owned = ParkOwner().Matches(run.StandardOutput).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["deep-c", "hiep-phuoc"], owned.Order());
        Assert.All(owned, park => Assert.True(File.Exists(RepositoryFiles.Path($"catalog/{park}.json")), park));
    }

    [GeneratedRegex(@"Ingest__Parks__0: ([a-z0-9-]+)")]
    private static partial Regex ParkOwner();

    [Fact]
    public async Task Without_secrets_in_the_environment_compose_refuses_and_names_the_missing_variable()
    {
        var empty = Path.GetTempFileName();
        ToolRun.Result run;
        try
        {
            run = await ToolRun.RunAsync(DockerCompose, ["--env-file", empty, "config", "-q"], WithoutComposeVariables());
        }
        finally
        {
            File.Delete(empty);
        }

        Assert.NotEqual(0, run.ExitCode);
        Assert.Matches("RM_PLANTS|MQTT_PASSWORD|INFLUXDB_|GRAFANA_", run.StandardError);
    }

    [Fact]
    public void Compose_deploys_exactly_the_park_and_plants_of_the_sample_catalog()
    {
        var catalog = SamplePark.Catalog();

        Assert.Equal(catalog.Park.Id, SamplePark.Id);
        Assert.Equal(catalog.Plants.Select(p => p.Id), SamplePark.ComposePlants);
    }

    [Fact]
    public void Every_plant_has_an_edge_agent_service_its_own_broker_password_and_its_catalog_meters()
    {
        var compose = File.ReadAllText(RepositoryFiles.Path("docker-compose.yml"));
        var example = SamplePark.ComposeExampleEnvironment();
        var catalog = SamplePark.Catalog();

        foreach (var plant in SamplePark.ComposePlants)
        {
            var variable = $"MQTT_PASSWORD_EDGE_{plant.ToUpperInvariant().Replace('-', '_')}";
            Assert.Contains($"  edge-{plant}:", compose, StringComparison.Ordinal);
            Assert.Contains($"- ./deploy/edge/{plant}.appsettings.json:/app/appsettings.json:ro", compose, StringComparison.Ordinal);
            Assert.Contains($"Edge__ParkBroker__Password: ${{{variable}:", compose, StringComparison.Ordinal);
            Assert.Contains($"{variable}: ${{{variable}:", compose, StringComparison.Ordinal);
            Assert.True(example.ContainsKey(variable), $"deploy/compose.env.example lacks {variable}");

            using var settings = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.Path($"deploy/edge/{plant}.appsettings.json")));
            var edge = settings.RootElement.GetProperty("Edge");
            Assert.Equal(plant, edge.GetProperty("Plant").GetString());
            Assert.Equal(catalog.Park.Id, edge.GetProperty("Park").GetString());
            Assert.Equal($"edge-{plant}", edge.GetProperty("ParkBroker").GetProperty("Username").GetString());
            var simulated = edge.GetProperty("Simulation").GetProperty("Meters").EnumerateArray()
                .Select(m => (m.GetProperty("Meter").GetString()!, m.GetProperty("Unit").GetString()!, m.GetProperty("Kind").GetString()!.ToLowerInvariant()))
                .ToList();
            var declared = catalog.MetersOf(plant).Select(m => (m.Id, m.Unit, m.Kind.ToString().ToLowerInvariant())).ToList();
            Assert.Equal(declared, simulated);
        }
    }

    [Fact]
    public async Task The_worker_health_check_asks_readiness_and_the_edge_health_check_reads_the_file_the_agent_writes()
    {
        var run = await ToolRun.RunAsync(DockerCompose, ["--env-file", RepositoryFiles.Path("deploy/compose.env.example"), "config"], WithoutComposeVariables());
        Assert.True(run.ExitCode == 0, run.ToString());
        var output = run.StandardOutput[run.StandardOutput.IndexOf("services:", StringComparison.Ordinal)..];
        var end = output.IndexOf("\nvolumes:", StringComparison.Ordinal);
        // One block per service: its "  name:" line and every deeper-indented line after it.
        var services = ServiceBlock().Matches(end < 0 ? output : output[..end]).Select(m => m.Value.TrimStart('\n', ' ')).ToList();
        var worker = Assert.Single(services, s => s.StartsWith("worker:", StringComparison.Ordinal));
        var edges = services.Where(s => s.StartsWith("edge-", StringComparison.Ordinal)).ToList();

        Assert.Contains("GET /health/ready", worker, StringComparison.Ordinal);
        Assert.DoesNotContain("/health/live", worker, StringComparison.Ordinal);
        Assert.Equal(SamplePark.ComposePlants.Count, edges.Count);
        Assert.All(edges, edge =>
        {
            var file = HealthFileSetting().Match(edge);
            Assert.True(file.Success, $"an edge service without Edge__Operations__HealthFile:\n{edge}");
            Assert.Contains($"find {file.Groups[1].Value} -newermt", edge, StringComparison.Ordinal);
            Assert.Contains($"grep -q '\"status\":\"Healthy\"' {file.Groups[1].Value}", edge.Replace("\n        ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_file_compose_mounts_or_builds_from_exists()
    {
        var compose = File.ReadAllText(RepositoryFiles.Path("docker-compose.yml"));
        var paths = BindMount().Matches(compose).Select(m => m.Groups[1].Value)
            .Concat(DockerfileLine().Matches(compose).Select(m => m.Groups[1].Value))
            .ToList();

        Assert.NotEmpty(paths);
        Assert.All(paths, p => Assert.True(File.Exists(RepositoryFiles.Path(p)) || Directory.Exists(RepositoryFiles.Path(p)), $"compose refers to missing {p}"));
    }

    [Theory]
    [InlineData("deploy/worker.Dockerfile", "worker", "ResourceMonitor.Worker.dll")]
    [InlineData("deploy/edge.Dockerfile", "edge", "ResourceMonitor.Edge.dll")]
    public void The_dockerfiles_build_with_scripts_publish_the_command_ci_runs(string dockerfile, string app, string entryDll)
    {
        var text = File.ReadAllText(RepositoryFiles.Path(dockerfile));
        var test = File.ReadAllText(RepositoryFiles.Path("scripts/test"));

        Assert.Contains($"RUN bash scripts/publish /out {app}", text, StringComparison.Ordinal);
        Assert.Contains($"COPY --from=build /out/{app} ./", text, StringComparison.Ordinal);
        Assert.Contains(entryDll, text, StringComparison.Ordinal);
        Assert.Contains("scripts/publish", test, StringComparison.Ordinal);
    }

    [Fact]
    public void The_production_broker_keeps_queued_messages_and_refuses_anonymous_clients()
    {
        var conf = File.ReadAllLines(RepositoryFiles.Path("deploy/mosquitto/mosquitto.conf"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();

        Assert.Contains("persistence true", conf);
        Assert.Contains("allow_anonymous false", conf);
        Assert.Contains("acl_file /mosquitto/generated/acl", conf);
        Assert.Contains("password_file /mosquitto/generated/passwd", conf);
        Assert.Contains("listener 8883", conf);
        Assert.Contains("certfile /mosquitto/generated/certs/server.crt", conf);
        var listeners = conf.Select((line, at) => (line, at)).Where(l => l.line.StartsWith("listener ", StringComparison.Ordinal)).Select(l => l.at).ToList();
        Assert.All(listeners, at => Assert.Contains("use_username_as_clientid true", conf.Skip(at + 1).TakeWhile(l => !l.StartsWith("listener ", StringComparison.Ordinal))));
        Assert.DoesNotContain("use_username_as_clientid true", conf.Take(listeners[0]));
        var queued = int.Parse(conf.Single(l => l.StartsWith("max_queued_messages ", StringComparison.Ordinal)).Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(queued >= 100_000, $"max_queued_messages {queued} would drop messages for a restarting worker");
    }

    [Fact]
    public async Task The_production_broker_configuration_is_accepted_by_mosquitto()
    {
        // Same file, its paths pointed at a temp copy of what init.sh generates, and ports made free.
        using var setup = await BrokerSetup.RunAsync(SamplePark.Id, SamplePark.ComposePlants);
        using var broker = await ProductionBroker.StartAsync(setup);

        var health = await ToolRun.RunAsync(RequiredService.MosquittoSub,
            ["-h", "127.0.0.1", "-p", broker.PlainPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "-u", "operator", "-P", setup.Passwords["operator"], "-t", "$SYS/broker/uptime", "-C", "1", "-W", "10"]);
        await broker.StopAsync();

        Assert.True(health.ExitCode == 0, $"the compose health check would fail: {health}\n{broker.Log}");
        Assert.True(File.Exists(Path.Combine(broker.DataDirectory, "mosquitto.db")), $"no persistence file after a clean stop\n{broker.Log}");
    }

    private static Dictionary<string, string> WithoutComposeVariables() => new(StringComparer.Ordinal)
    {
        ["COMPOSE_PROJECT_NAME"] = "resourcemonitor-test",
    };

    [GeneratedRegex(@"- \./([^:\s""]+):", RegexOptions.Multiline)]
    private static partial Regex BindMount();

    [GeneratedRegex(@"dockerfile: (\S+)")]
    private static partial Regex DockerfileLine();

    [GeneratedRegex(@"Edge__Operations__HealthFile: (\S+)")]
    private static partial Regex HealthFileSetting();

    [GeneratedRegex(@"^  [^\s#][^\n]*:\n(?:(?:    [^\n]*)?\n)*", RegexOptions.Multiline)]
    private static partial Regex ServiceBlock();
}
