using ResourceMonitor.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace ResourceMonitor.IntegrationTests.Edge;

/// <summary>
/// The built edge agent between two real Mosquitto brokers: meters (mosquitto_pub) on the local one, the park one receiving v1
/// batches. No worker runs here, so the agent releases on the broker's PUBACK (Acknowledgement = Broker).
/// </summary>
public sealed class EdgeAgentDeliveryTests : FactoryAndParkBrokers
{
    private const int Meters = 3;
    private const string LocalReady = "Connected to local broker";
    private readonly ITestOutputHelper _output;

    public EdgeAgentDeliveryTests(ITestOutputHelper output) => _output = output;

    private static List<(string, DateTimeOffset)> Sent(DateTimeOffset start, int count) =>
        Enumerable.Range(0, Meters).SelectMany(m => Enumerable.Range(0, count).Select(i => ($"m-{m}", MeterPublisher.TimeOf(start, i)))).ToList();

    [Fact]
    public async Task Readings_published_by_meters_arrive_on_the_park_topic_exactly_once()
    {
        await using var collector = await ParkCollector.StartAsync(Park);
        using var agent = EdgeAgentProcess.Create(Local, Park, "dyeing", MeterPublisher.Mappings(Meters), acknowledgement: "Broker");
        agent.Start();
        await agent.WaitUntilLoggedAsync(LocalReady, TimeSpan.FromSeconds(60));
        var start = Truncate(DateTimeOffset.UtcNow.AddHours(-1));

        await MeterPublisher.PublishAsync(Local, Meters, start, 0, 200);
        var sent = Sent(start, 200);
        await collector.WaitUntilAsync(r => r.Count >= sent.Count, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(1));

        var report = DeliveryReport.Of(sent, collector.Readings);
        _output.WriteLine(report.ToString());
        Assert.True(report is { Lost: 0, Duplicated: 0, OutOfOrder: 0 }, $"{report}\n{agent.AllOutput}");
        Assert.Empty(collector.Rejections);
        Assert.All(collector.Readings, r => Assert.Equal("kWh", r.Unit));
    }

    [Fact]
    public async Task After_a_park_broker_outage_and_an_agent_kill_9_every_reading_arrives_once_in_order()
    {
        await using var collector = await ParkCollector.StartAsync(Park);
        using var agent = EdgeAgentProcess.Create(Local, Park, "steel", MeterPublisher.Mappings(Meters), acknowledgement: "Broker");
        agent.Start();
        await agent.WaitUntilLoggedAsync(LocalReady, TimeSpan.FromSeconds(60));
        var start = Truncate(DateTimeOffset.UtcNow.AddHours(-1));

        // Phase A: everything up.
        await MeterPublisher.PublishAsync(Local, Meters, start, 0, 100);
        Assert.True(await collector.WaitUntilAsync(r => r.Count >= 300, TimeSpan.FromSeconds(60)), agent.AllOutput);

        // Phase B: park broker down; the agent buffers on disk.
        await Park.StopAsync();
        await MeterPublisher.PublishAsync(Local, Meters, start, 100, 100);
        var buffered = await WaitAsync(() => agent.BufferBytes >= 300 * 42, TimeSpan.FromSeconds(30));
        Assert.True(buffered, $"buffer holds {agent.BufferBytes} bytes\n{agent.AllOutput}");
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        // The agent crashes while the park broker is still down.
        agent.Kill();

        // Phase C: the meters keep publishing while the agent is dead (the local broker queues them for its session).
        await MeterPublisher.PublishAsync(Local, Meters, start, 200, 100);
        agent.Start();
        await agent.WaitUntilLoggedAsync(LocalReady, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(2));

        // Phase D: the park broker returns; the agent replays its buffer.
        await Park.StartAsync();
        var sent = Sent(start, 300);
        await collector.WaitUntilAsync(r => DeliveryReport.Of(sent, r).Lost == 0, TimeSpan.FromSeconds(90));
        await Task.Delay(TimeSpan.FromSeconds(1));

        var report = DeliveryReport.Of(sent, collector.Readings);
        _output.WriteLine(report.ToString());
        Assert.True(report is { Lost: 0, Duplicated: 0, OutOfOrder: 0 }, $"{report}\n{agent.AllOutput}");
    }

    [Fact]
    public async Task Local_messages_the_full_buffer_refused_stay_with_the_factory_broker_and_arrive_in_order_once_there_is_room()
    {
        await using var collector = await ParkCollector.StartAsync(Park);
        await Park.StopAsync();
        var buffer = new { Directory = "buffer", SegmentBytes = 4096, QuotaBytes = 16 * 1024 };
        // The quota reached is logged as an error (event 3102): the point of this test.
        using var agent = EdgeAgentProcess.Create(Local, Park, "paper", MeterPublisher.Mappings(Meters), buffer, acknowledgement: "Broker").ExpectError("[3102]");
        agent.Start();
        await agent.WaitUntilLoggedAsync(LocalReady, TimeSpan.FromSeconds(60));
        var start = Truncate(DateTimeOffset.UtcNow.AddHours(-1));

        await MeterPublisher.PublishAsync(Local, Meters, start, 0, 300);
        var full = await WaitAsync(() => agent.AllOutput.Contains("Buffer quota of", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.True(full, agent.AllOutput);
        Assert.True(agent.BufferBytes <= 16 * 1024, $"{agent.BufferBytes} bytes on disk");

        // The park broker returns: the buffer drains, the agent takes the refused messages again from the factory broker.
        await Park.StartAsync();
        var sent = Sent(start, 300);
        await collector.WaitUntilAsync(r => DeliveryReport.Of(sent, r).Lost == 0, TimeSpan.FromSeconds(120));
        await Task.Delay(TimeSpan.FromSeconds(1));

        var report = DeliveryReport.Of(sent, collector.Readings);
        _output.WriteLine($"quota 16 KiB: {report}");
        Assert.True(report is { Lost: 0, Duplicated: 0, OutOfOrder: 0 }, $"{report}\n{agent.AllOutput}");
        Assert.Contains("reconnecting to local broker", agent.AllOutput, StringComparison.Ordinal);
    }

    private static DateTimeOffset Truncate(DateTimeOffset t) => new(t.Ticks - (t.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    private static async Task<bool> WaitAsync(Func<bool> condition, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return condition();
    }
}
