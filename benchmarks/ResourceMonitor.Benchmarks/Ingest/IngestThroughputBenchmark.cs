using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using MQTTnet;
using MQTTnet.Protocol;
using ResourceMonitor.Contracts;
using ResourceMonitor.Contracts.Codec;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Worker;

namespace ResourceMonitor.Benchmarks.Ingest;

/// <summary>
/// Readings per second from the park broker to InfluxDB through the whole worker (decode, catalog, dedupe, durable
/// write, aggregation, acknowledgement). Needs a running Mosquitto and InfluxDB (behind the /api/v2/write route): start
/// them with <c>benchmarks/ResourceMonitor.Benchmarks/Ingest/start-services.sh</c> and export what it prints
/// (RM_BENCH_BROKER_PORT, RM_BENCH_INFLUX_URL, RM_BENCH_INFLUX_DIRECT; RM_BENCH_CATALOG is catalog/hiep-phuoc.json). One operation = one reading.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class IngestThroughputBenchmark : IDisposable
{
    private const int Batches = 200;
    private const int PerBatch = 100;
    private const int Concurrency = 50;
    private readonly HttpClient _http = new();
    private WebApplication? _worker;
    private IMqttClient? _publisher;
    private (string Plant, Meter[] Meters)[] _plants = [];
    private int _nextPlant;
    private DateTimeOffset _clock;
    private double _stored;

    [GlobalSetup]
    public void Setup()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Catalog:Path"] = Env("RM_BENCH_CATALOG"),
            ["Broker:Host"] = "127.0.0.1",
            ["Broker:Port"] = Env("RM_BENCH_BROKER_PORT"),
            ["Broker:ClientId"] = $"bench-{Guid.NewGuid():N}"[..20],
            ["Storage:Url"] = Env("RM_BENCH_INFLUX_URL"),
            ["Storage:Bucket"] = "resourcemonitor",
            ["Storage:SpoolDirectory"] = Directory.CreateTempSubdirectory("rm-bench-spool-").FullName,
            ["Aggregation:JournalDirectory"] = Directory.CreateTempSubdirectory("rm-bench-journal-").FullName,
            ["Aggregation:Lateness"] = "01:00:00",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        _worker = WorkerApp.Build(WorkerApp.CreateBuilder([], b => b.Configuration.AddInMemoryCollection(settings)));
        _worker.StartAsync().GetAwaiter().GetResult();
        _publisher = new MqttClientFactory().CreateMqttClient();
        _publisher.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", int.Parse(Env("RM_BENCH_BROKER_PORT"), CultureInfo.InvariantCulture))
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500).WithClientId($"bench-pub-{Guid.NewGuid():N}"[..24]).Build()).GetAwaiter().GetResult();
        _plants = ParkCatalogLoader.LoadFile(Env("RM_BENCH_CATALOG")).Meters
            .Where(m => m.Kind == ReadingKind.Counter)
            .GroupBy(m => m.PlantId)
            .Select(g => (g.Key, g.ToArray()))
            .ToArray();
        _clock = TimeProvider.System.GetUtcNow().AddMinutes(-50);
        _stored = CountAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _publisher?.Dispose();
        _worker?.StopAsync().GetAwaiter().GetResult();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _http.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Publishes 20 000 readings (200 batches of 100, 50 in flight) and waits until InfluxDB holds all of them.</summary>
    [Benchmark(OperationsPerInvoke = Batches * PerBatch)]
    public async Task BrokerToInflux()
    {
        var payloads = Enumerable.Range(0, Batches).Select(_ => NextBatch()).ToArray();
        using var gate = new SemaphoreSlim(Concurrency);
        await Task.WhenAll(payloads.Select(async payload =>
        {
            await gate.WaitAsync();
            try
            {
                await _publisher!.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(Topics.Readings("hiep-phuoc", payload.Plant))
                    .WithPayload(payload.Bytes).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
            }
            finally
            {
                gate.Release();
            }
        }));

        var target = _stored + (Batches * PerBatch);
        while ((_stored = await CountAsync()) < target)
        {
            await Task.Delay(20);
        }
    }

    /// <summary>The next batch: 100 readings of one plant's counters, round robin over the plants, 10 ms apart.</summary>
    private (string Plant, byte[] Bytes) NextBatch()
    {
        var (plant, meters) = _plants[_nextPlant++ % _plants.Length];
        var readings = new Reading[PerBatch];
        for (var i = 0; i < PerBatch; i++)
        {
            _clock = _clock.AddMilliseconds(10);
            var meter = meters[i % meters.Length];
            readings[i] = new Reading(meter.Id, _clock, (_clock.ToUnixTimeMilliseconds() % 10_000_000) / 100_000.0, meter.Unit, ReadingKind.Counter);
        }

        return (plant, ReadingBatchCodec.Encode(new ReadingBatch("bench-agent", Ulid.NewUlid().ToString(), readings)));
    }

    private async Task<double> CountAsync()
    {
        var url = $"{Env("RM_BENCH_INFLUX_DIRECT")}/query?db=resourcemonitor&q={Uri.EscapeDataString("SELECT count(value) FROM reading")}";
        using var document = JsonDocument.Parse(await _http.GetStringAsync(new Uri(url)));
        var result = document.RootElement.GetProperty("results")[0];
        return result.TryGetProperty("series", out var series) ? series[0].GetProperty("values")[0][1].GetDouble() : 0;
    }

    private static string Env(string name) =>
        Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException($"Set {name}: run benchmarks/ResourceMonitor.Benchmarks/Ingest/start-services.sh first.");
}
