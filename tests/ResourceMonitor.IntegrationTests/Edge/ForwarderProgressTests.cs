using System.Text.Json;
using ResourceMonitor.IntegrationTests.Infrastructure;
using ResourceMonitor.IntegrationTests.Worker;

namespace ResourceMonitor.IntegrationTests.Edge;

/// <summary>
/// The edge agent process (simulator, end-to-end acknowledgements) → real Mosquitto → the worker with its InfluxDB stopped, so
/// every batch goes to the spool. The worker acknowledges spooled readings, so the agent's buffer drains and its forwarder
/// makes progress: its health file must stay Healthy past <c>Edge:Operations:StallAfter</c> (shortened to 2 s), never naming
/// <c>edge.forwarder</c> stalled (the demo's false alarm, event 3600, after two minutes without InfluxDB).
/// </summary>
[Collection(WorkerTestCollection.Name)]
public sealed class ForwarderProgressTests : IAsyncLifetime
{
    private static readonly TimeSpan StallAfter = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly DirectoryInfo _state = Directory.CreateTempSubdirectory("rm-forwarder-progress-");
    private MosquittoInstance _park = null!;
    private InfluxInstance _influx = null!;

    public async Task InitializeAsync()
    {
        _park = await MosquittoInstance.StartNewAsync();
        _influx = await InfluxInstance.StartNewAsync();
    }

    public async Task DisposeAsync()
    {
        await _park.DisposeAsync();
        await _influx.DisposeAsync();
        _state.Delete(recursive: true);
    }

    [Fact]
    public async Task While_the_worker_spools_its_acknowledgements_keep_the_edge_forwarder_healthy()
    {
        await _influx.StopAsync();
        await using var worker = await InProcessWorker.StartAsync(_park, _influx, new Dictionary<string, string?> { ["Storage:RequireInfluxAtStart"] = "false" });
        var simulation = new { Seed = 7, Interval = "00:00:00.200", CatalogFile = RepositoryFiles.Path("catalog/hiep-phuoc.json") };
        using var agent = EdgeAgentProcess.Create(_park, _park, SamplePark.Dyeing, Array.Empty<object>(), simulation: simulation);
        var healthFile = Path.Combine(_state.FullName, "health.json");
        agent.Start($"--Edge:Operations:StallAfter={StallAfter:c}", "--Edge:Operations:HealthInterval=00:00:01", $"--Edge:Operations:HealthFile={healthFile}");

        Assert.True(await Eventually.EqualsAsync(true, async () => await worker.MetricAsync("rm_spool_batches") > 0, Patience), $"nothing was spooled\n{agent.AllOutput}");
        Assert.True(await Eventually.EqualsAsync(true, async () => await worker.MetricAsync("rm_acks_published_total") > 0, Patience), $"no acknowledgement published while spooling\n{agent.AllOutput}");

        // Readings keep coming and keep being acknowledged for several stall periods.
        await Task.Delay(StallAfter * 4);
        var acksBefore = await worker.MetricAsync("rm_acks_published_total");
        await Task.Delay(StallAfter * 2);
        Assert.True(await worker.MetricAsync("rm_acks_published_total") > acksBefore, "the worker stopped acknowledging while it spools");

        using var health = JsonDocument.Parse(await File.ReadAllTextAsync(healthFile));
        var forwarder = health.RootElement.GetProperty("stages").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "edge.forwarder");
        Assert.True(forwarder.GetProperty("completed").GetInt64() > 0, $"the forwarder counted no acknowledged reading as progress: {forwarder}");
        Assert.Equal("running", forwarder.GetProperty("state").GetString());
        Assert.Equal("Healthy", health.RootElement.GetProperty("status").GetString());
        Assert.DoesNotContain("Agent unhealthy", agent.AllOutput, StringComparison.Ordinal);
    }
}
