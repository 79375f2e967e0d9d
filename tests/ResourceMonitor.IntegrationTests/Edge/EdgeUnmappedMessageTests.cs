using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using MQTTnet;
using ResourceMonitor.IntegrationTests.Infrastructure;

namespace ResourceMonitor.IntegrationTests.Edge;

/// <summary>
/// The built edge agent between two real Mosquitto brokers, fed by <c>mosquitto_pub</c> with a Shelly Pro EM-50's
/// <c>status/em1:&lt;channel&gt;</c> messages (Gen2 "generic status update over MQTT"). Those used to be passed over without
/// a trace; now the mapped channel reaches the park broker and the other channel's message is reported as unmapped.
/// </summary>
public sealed class EdgeUnmappedMessageTests : FactoryAndParkBrokers
{
    private const string Device = "shellyproem50-08f9e0e5f1a4";
    private const string Channel0 = """{"id": 0, "current": 0.08, "voltage": 234.9, "act_power": 0, "aprt_power": 18.7, "pf": 0, "freq": 50, "calibration": "factory"}""";
    private const string Channel1 = """{"id": 1, "current": 2.598, "voltage": 234.9, "act_power": 501.8, "aprt_power": 612.4, "pf": 0.84, "freq": 50, "calibration": "factory"}""";

    [Fact]
    public async Task A_shelly_status_topic_message_no_mapping_takes_is_reported_as_unmapped_and_the_mapped_channel_is_forwarded()
    {
        await using var collector = await ParkCollector.StartAsync(Park);
        var mappings = new object[]
        {
            new { Topic = $"{Device}/status/+", Format = "shelly-gen2", Meter = "chiller-power", Unit = "W", Kind = "Gauge", Field = "em1:1.act_power" },
        };
        using var agent = EdgeAgentProcess.Create(Local, Park, "dyeing", mappings, acknowledgement: "Broker");
        using var notices = new LocalNotices();
        await notices.SubscribeAsync(Local, "resourcemonitor/rejected");
        agent.Start();

        // The agent's first subscription creates its session; until then messages are not queued for it, so keep publishing.
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(45);
        while (DateTime.UtcNow < until && !(notices.Any(n => n.Contains($"{Device}/status/em1:0", StringComparison.Ordinal)) && collector.Readings.Count > 0))
        {
            await PublishAsync($"{Device}/status/em1:0", Channel0);
            await PublishAsync($"{Device}/status/em1:1", Channel1);
            await Task.Delay(500);
        }

        var notice = notices.FirstOrDefault(n => n.Contains($"{Device}/status/em1:0", StringComparison.Ordinal));
        Assert.True(notice is not null, "no notice for the unmapped channel-0 status; notices: " + string.Join(" | ", notices.All) + Environment.NewLine + agent.AllOutput);
        Assert.Contains("unmapped: no mapping took this message (meter chiller-power: status of em1:0; the mapping reads em1:1.act_power)", notice, StringComparison.Ordinal);
        Assert.DoesNotContain(notices.All, n => n.Contains($"{Device}/status/em1:1", StringComparison.Ordinal));
        var reading = Assert.Single(collector.Readings.DistinctBy(r => r.Meter));
        Assert.Equal(("chiller-power", 0.5018), (reading.Meter, Math.Round(reading.Value, 6)));
    }

    private async Task PublishAsync(string topic, string payload)
    {
        var info = new ProcessStartInfo(RequiredService.MosquittoPub) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-h", Local.Host, "-p", Local.Port.ToString(CultureInfo.InvariantCulture), "-q", "1", "-t", topic, "-m", payload })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"mosquitto_pub failed ({process.ExitCode}): {error}");
    }

    /// <summary>Collects the payloads the agent publishes on its local rejected topic.</summary>
    private sealed class LocalNotices : IDisposable
    {
        private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
        private readonly List<string> _received = [];
        private readonly Lock _gate = new();

        public IReadOnlyList<string> All
        {
            get { lock (_gate) { return _received.ToList(); } }
        }

        public bool Any(Func<string, bool> predicate) => All.Any(predicate);

        public string? FirstOrDefault(Func<string, bool> predicate) => All.FirstOrDefault(predicate);

        public async Task SubscribeAsync(MosquittoInstance broker, string topic)
        {
            _client.ApplicationMessageReceivedAsync += e =>
            {
                lock (_gate)
                {
                    _received.Add(Encoding.UTF8.GetString(e.ApplicationMessage.Payload.ToArray()));
                }

                return Task.CompletedTask;
            };
            await _client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer(broker.Host, broker.Port).Build());
            await _client.SubscribeAsync(topic);
        }

        public void Dispose() => _client.Dispose();
    }
}
