using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using ResourceMonitor.Contracts.Codec;
using ResourceMonitor.TestServices;

namespace ResourceMonitor.LoadTest;

/// <summary>
/// The published edge agent of one plant: its meters publish one plain value a message (QoS 1) on the factory broker; the agent
/// maps, normalises, buffers (fsync on, the default) and forwards batches to the park broker, where a subscriber counts the
/// readings. Timed from the first publish until the park broker has delivered every reading. The agent releases its buffer on
/// the park broker's acknowledgement (<c>Acknowledgement=Broker</c>): no worker runs here to acknowledge end to end.
/// </summary>
public static class EdgeForwarding
{
    /// <summary>Publishes <paramref name="readings"/> plain values over the first plant's meters and measures the agent.</summary>
    public static async Task<Measurement> MeasureAsync(SyntheticPark park, int readings, int publishers, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var meters = park.MetersOf[0];
        var messages = Enumerable.Range(0, readings)
            .Select(i => new WorkloadMessage($"factory/{meters[i % meters.Length]}/power", Encoding.ASCII.GetBytes((100 + (i % 50)).ToString(CultureInfo.InvariantCulture)), 1))
            .ToArray();
        await using var factory = await MosquittoInstance.StartNewAsync();
        await using var parkBroker = await MosquittoInstance.StartNewAsync();
        var directory = Directory.CreateTempSubdirectory("rm-load-edge-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "appsettings.json"), Settings(park, factory, parkBroker, directory.FullName).ToJsonString());
            using var counter = await ParkCounter.StartAsync(parkBroker, park, readings, cancellationToken);
            using var agent = ServerProcess.Start("dotnet", [PublishedApp.Edge.Dll], directory.FullName);
            await WaitUntilSubscribedAsync(agent, timeout, cancellationToken);
            await using var senders = await ParkPublishers.ConnectAsync(factory, publishers);
            var cpuBefore = ProcessUsage.CpuTime(agent.Id);
            var clock = Stopwatch.StartNew();
            await senders.PublishAllAsync(messages, cancellationToken);
            await counter.All.WaitAsync(timeout, cancellationToken);
            var elapsed = clock.Elapsed;
            var cpu = (ProcessUsage.CpuTime(agent.Id) - cpuBefore) / elapsed;
            var rss = ProcessUsage.PeakRssBytes(agent.Id) / 1e6;
            await agent.StopAsync(TimeSpan.FromSeconds(10));
            return new Measurement("edge agent, factory broker → park broker (fsync on)", readings / elapsed.TotalSeconds, cpu, rss);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static JsonObject Settings(SyntheticPark park, MosquittoInstance factory, MosquittoInstance parkBroker, string directory) => new()
    {
        ["Logging"] = new JsonObject { ["LogLevel"] = new JsonObject { ["Default"] = "Information" } },
        ["Edge"] = new JsonObject
        {
            ["AgentId"] = $"edge-{park.Plants[0]}",
            ["Park"] = park.Id,
            ["Plant"] = park.Plants[0],
            ["TimeZone"] = "UTC",
            ["Input"] = "LocalBroker",
            ["LocalBroker"] = new JsonObject { ["Host"] = factory.Host, ["Port"] = factory.Port },
            ["ParkBroker"] = new JsonObject { ["Host"] = parkBroker.Host, ["Port"] = parkBroker.Port, ["Acknowledgement"] = "Broker" },
            ["Buffer"] = new JsonObject { ["Directory"] = Path.Combine(directory, "buffer") },
            ["Mappings"] = new JsonArray(park.MetersOf[0].Select(meter => (JsonNode)new JsonObject
            {
                ["Topic"] = $"factory/{meter}/power",
                ["Format"] = "plain",
                ["Meter"] = meter,
                ["Unit"] = "kW",
                ["Kind"] = "Gauge",
            }).ToArray()),
        },
    };

    private static async Task WaitUntilSubscribedAsync(ServerProcess agent, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (!agent.Output.Contains("Connected to local broker", StringComparison.Ordinal))
        {
            if (agent.HasExited || clock.Elapsed > timeout)
            {
                throw new InvalidOperationException($"The edge agent did not subscribe to its factory broker:\n{agent.Output}");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>A park-broker subscriber that counts the readings in the agent's batches.</summary>
    private sealed class ParkCounter : IDisposable
    {
        private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
        private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly ReadingBatchCodec _codec = new();
        private int _received;

        public Task All => _all.Task;

        public static async Task<ParkCounter> StartAsync(MosquittoInstance broker, SyntheticPark park, int expected, CancellationToken cancellationToken)
        {
            var counter = new ParkCounter();
            counter._client.ApplicationMessageReceivedAsync += e =>
            {
                var batch = counter._codec.Decode(e.ApplicationMessage.Payload).Batch;
                if (batch is not null && Interlocked.Add(ref counter._received, batch.Readings.Count) >= expected)
                {
                    counter._all.TrySetResult();
                }

                return Task.CompletedTask;
            };
            await counter._client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer(broker.Host, broker.Port)
                .WithClientId("load-park-sub").WithProtocolVersion(MqttProtocolVersion.V500).Build(), cancellationToken);
            await counter._client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
                .WithTopicFilter($"rm/v1/{park.Id}/+/readings", MqttQualityOfServiceLevel.AtLeastOnce).Build(), cancellationToken);
            return counter;
        }

        public void Dispose() => _client.Dispose();
    }
}
