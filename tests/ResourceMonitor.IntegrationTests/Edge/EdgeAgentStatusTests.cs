using System.Buffers;
using MQTTnet;
using ResourceMonitor.Contracts;
using ResourceMonitor.Contracts.Codec;
using ResourceMonitor.IntegrationTests.Infrastructure;

namespace ResourceMonitor.IntegrationTests.Edge;

/// <summary>The simulator driver feeding the real forwarder, and the retained status with its Last Will, against a real Mosquitto.</summary>
public sealed class EdgeAgentStatusTests : IAsyncLifetime
{
    private MosquittoInstance _park = null!;

    public async Task InitializeAsync() => _park = await MosquittoInstance.StartNewAsync();

    public async Task DisposeAsync() => await _park.DisposeAsync();

    [Fact]
    public async Task A_simulating_agent_publishes_growing_counters_and_is_online_then_its_last_will_says_offline_after_a_kill_9()
    {
        await using var collector = await ParkCollector.StartAsync(_park);
        var simulation = new
        {
            Seed = 3,
            Interval = "00:00:00.200",
            CatalogFile = Path.Combine(FindRoot(), "catalog", "hiep-phuoc.json"),
        };
        using var agent = EdgeAgentProcess.Create(_park, _park, "dyeing-01", Array.Empty<object>(), simulation: simulation);
        agent.Start();

        Assert.True(await collector.WaitUntilAsync(r => r.Count >= 30, TimeSpan.FromSeconds(30)), agent.AllOutput);
        Assert.Equal(AgentState.Online, (await ReadStatusAsync())?.State);
        foreach (var counter in collector.Readings.Where(r => r.Kind == ReadingKind.Counter).GroupBy(r => r.Meter))
        {
            var values = counter.Select(r => r.Value).ToList();
            Assert.True(values.SequenceEqual(values.Order()), $"counter {counter.Key} went down: {string.Join(", ", values)}");
        }

        agent.Kill();
        var offline = await WaitForStateAsync(AgentState.Offline, TimeSpan.FromSeconds(20));

        Assert.True(offline, "no retained offline status after the agent was killed");
    }

    private async Task<bool> WaitForStateAsync(AgentState state, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if ((await ReadStatusAsync())?.State == state)
            {
                return true;
            }

            await Task.Delay(500);
        }

        return false;
    }

    private async Task<AgentStatus?> ReadStatusAsync()
    {
        using var client = new MqttClientFactory().CreateMqttClient();
        var received = new TaskCompletionSource<AgentStatus?>();
        client.ApplicationMessageReceivedAsync += e =>
        {
            received.TrySetResult(AgentStatusCodec.Decode(e.ApplicationMessage.Payload, out _));
            return Task.CompletedTask;
        };
        await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer(_park.Host, _park.Port).Build());
        await client.SubscribeAsync(Topics.Status("hiep-phuoc", "dyeing-01"));
        var status = await received.Task.WaitAsync(TimeSpan.FromSeconds(3)).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : null, TaskScheduler.Default);
        await client.DisconnectAsync();
        return status;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ResourceMonitor.sln")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }
}
