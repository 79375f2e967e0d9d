using System.Globalization;
using ResourceMonitor.IntegrationTests.Infrastructure;

namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>Edge agents' retained status (and Last Will) on the real broker reaches the worker; strangers are ignored.</summary>
[Collection(WorkerTestCollection.Name)]
public sealed class AgentStatusTests(WorkerBrokerAndInflux services) : IClassFixture<WorkerBrokerAndInflux>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Retained_statuses_published_before_the_worker_started_and_later_changes_are_followed()
    {
        await PublishStatusAsync("dyeing-01", "online");
        await PublishStatusAsync("steel-01", "online");
        await PublishStatusAsync("ghost-plant", "online");
        await using var worker = await InProcessWorker.StartAsync(services.Broker, services.Influx);

        Assert.Equal(2, await Eventually.EqualsAsync(2, () => AgentsOnlineAsync(worker), Patience));

        await PublishStatusAsync("steel-01", "offline");
        Assert.Equal(1, await Eventually.EqualsAsync(1, () => AgentsOnlineAsync(worker), Patience));

        await PublishStatusAsync("dyeing-01", "not-a-state");
        await PublishStatusAsync("steel-01", "online");
        Assert.Equal(2, await Eventually.EqualsAsync(2, () => AgentsOnlineAsync(worker), Patience));
    }

    private async Task PublishStatusAsync(string plant, string state)
    {
        var payload = string.Create(CultureInfo.InvariantCulture,
            $"{{\"state\":\"{state}\",\"ts\":\"{DateTime.UtcNow:yyyy-MM-ddTHH:mm:ss.fffZ}\",\"agent\":\"edge-{plant}\",\"version\":\"test\"}}");
        var result = await ToolRun.RunAsync(RequiredService.MosquittoPub,
            ["-h", services.Broker.Host, "-p", services.Broker.Port.ToString(CultureInfo.InvariantCulture), "-q", "1", "-r", "-t", $"rm/v1/{SamplePark.Id}/{plant}/status", "-m", payload]);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    private static async Task<int> AgentsOnlineAsync(InProcessWorker worker)
    {
        var line = (await worker.GetAsync("/metrics")).Body.Split('\n').FirstOrDefault(l => l.StartsWith("rm_agents_online ", StringComparison.Ordinal));
        return line is null ? -1 : int.Parse(line["rm_agents_online ".Length..], CultureInfo.InvariantCulture);
    }
}
