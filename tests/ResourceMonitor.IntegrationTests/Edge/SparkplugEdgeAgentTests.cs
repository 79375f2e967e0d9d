using ResourceMonitor.Contracts;
using ResourceMonitor.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace ResourceMonitor.IntegrationTests.Edge;

/// <summary>
/// A Sparkplug B edge node (MQTTnet) on a real factory Mosquitto, the built edge agent as a process, and the readings that
/// arrive on a real park Mosquitto: births, data by alias, a device death and rebirth, and a sequence gap.
/// </summary>
public sealed class SparkplugEdgeAgentTests : FactoryAndParkBrokers
{
    private const string Device = "em-3";
    private const ulong EnergyAlias = 10;
    private readonly ITestOutputHelper _output;

    public SparkplugEdgeAgentTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Sparkplug_births_and_data_arrive_as_readings_and_a_dead_device_sends_none_until_its_rebirth()
    {
        await using var collector = await ParkCollector.StartAsync(Park);
        object[] mappings =
        [
            new { Topic = $"spBv1.0/dyeing/+/plc-01/{Device}", Format = "sparkplug-b", Meter = "dye-line-3-energy", Unit = "kWh", Kind = "Counter", Field = "Energy/Active Import" },
        ];
        using var agent = EdgeAgentProcess.Create(Local, Park, "dyeing", mappings, acknowledgement: "Broker");
        agent.Start();
        await agent.WaitUntilLoggedAsync("Connected to local broker", TimeSpan.FromSeconds(60));
        var t = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeSeconds());

        await using (var node = await SparkplugEdgeNode.ConnectAsync(Local, "dyeing", "plc-01", bdSeq: 0))
        {
            await node.BirthAsync();
            await node.DeviceBirthAsync(Device, "Energy/Active Import", EnergyAlias, 1000, t);
            await node.DeviceDataAsync(Device, EnergyAlias, 1000.5, t.AddMinutes(1));
            await node.DeviceDataAsync(Device, EnergyAlias, 1001, t.AddMinutes(2));
            await node.DeviceDeathAsync(Device);
            await node.DeviceDataAsync(Device, EnergyAlias, 1002, t.AddMinutes(3));
            await node.DeviceBirthAsync(Device, "Energy/Active Import", EnergyAlias, 1003, t.AddMinutes(4));
            await node.DeviceDataAsync(Device, EnergyAlias, 1004, t.AddMinutes(5));
            node.Lose(2);
            await node.DeviceDataAsync(Device, EnergyAlias, 1005, t.AddMinutes(6));
        }

        Assert.True(await collector.WaitUntilAsync(r => r.Count >= 6, TimeSpan.FromSeconds(60)), agent.AllOutput);
        await Task.Delay(TimeSpan.FromSeconds(1));

        var readings = collector.Readings.Select(r => (r.Meter, r.Timestamp, r.Value, r.Unit, r.Kind, r.Quality)).ToList();
        _output.WriteLine(string.Join("\n", readings));
        (string, DateTimeOffset, double, string, ReadingKind, ReadingQuality) Expected(int minute, double value, ReadingQuality quality = ReadingQuality.Good) =>
            ("dye-line-3-energy", t.AddMinutes(minute), value, "kWh", ReadingKind.Counter, quality);
        Assert.Equal(
            new[] { Expected(0, 1000), Expected(1, 1000.5), Expected(2, 1001), Expected(4, 1003), Expected(5, 1004), Expected(6, 1005, ReadingQuality.Suspect) },
            readings);
        Assert.Contains("DDATA from device dyeing/plc-01/em-3 while the device is offline", agent.AllOutput, StringComparison.Ordinal);
        Assert.Contains("[3420]", agent.AllOutput, StringComparison.Ordinal);
    }
}
