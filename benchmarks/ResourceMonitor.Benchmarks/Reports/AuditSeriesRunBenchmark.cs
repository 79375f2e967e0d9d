using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using InfluxDB.Client;
using InfluxDB.Client.Api.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Worker.Reports;
using ResourceMonitor.Worker.Reports.Series;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.Benchmarks.Reports;

/// <summary>
/// One audit series run (<see cref="AuditSeriesService.RunOnceAsync"/>: every plant's daily report over the rolling
/// periods, 56 baseline + 28 reporting days, written as points) over the sample park with 90 days of per-minute usage:
/// every non-weather meter of the catalog in <c>usage_1m</c> (about 3.9 million points) and the weather meter's
/// per-minute readings. Needs InfluxDB behind the /api/v2/write route: run
/// <c>benchmarks/ResourceMonitor.Benchmarks/Ingest/start-services.sh</c> and export what it prints. The data goes to its
/// own database (<c>rm_audit_bench</c>) and is written once; a rerun against the same services reuses it.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class AuditSeriesRunBenchmark
{
    private const string Database = "rm_audit_bench";
    private const int Days = 90;
    private WebApplication? _worker;
    private AuditSeriesService? _series;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = ParkCatalogLoader.LoadFile(Env("RM_BENCH_CATALOG"));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), catalog.Park.TimeZone).DateTime);
        var from = PlantDataLoader.StartOf(today.AddDays(-Days), catalog.Park.TimeZone);
        WriteHistoryAsync(catalog, from).GetAwaiter().GetResult();

        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Storage:Url"] = Env("RM_BENCH_INFLUX_URL"),
            ["Storage:Bucket"] = Database,
            ["Storage:SpoolDirectory"] = Directory.CreateTempSubdirectory("rm-bench-series-spool-").FullName,
            ["Reports:Series:StartDelay"] = "1.00:00:00", // the benchmark runs the series itself
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new ResourceMonitor.Worker.Catalog.ParkCatalogs(catalog));
        builder.AddStorage().AddReports().AddAuditSeries();
        _worker = builder.Build();
        _worker.StartAsync().GetAwaiter().GetResult();
        _series = _worker.Services.GetRequiredService<AuditSeriesService>();
    }

    [GlobalCleanup]
    public void Cleanup() => _worker?.StopAsync().GetAwaiter().GetResult();

    /// <summary>One run over every plant; returns the points written.</summary>
    [Benchmark]
    public async Task<int> SeriesRun()
    {
        var run = await _series!.RunOnceAsync(CancellationToken.None);
        return run.Failure is null ? run.Points : throw new InvalidOperationException(run.Failure);
    }

    private static async Task WriteHistoryAsync(ParkCatalog catalog, DateTimeOffset from)
    {
        using var http = new HttpClient();
        var direct = Env("RM_BENCH_INFLUX_DIRECT");
        using (var create = new FormUrlEncodedContent([new KeyValuePair<string, string>("q", $"CREATE DATABASE \"{Database}\"")]))
        {
            (await http.PostAsync(new Uri($"{direct}/query"), create)).EnsureSuccessStatusCode();
        }

        var existing = await http.GetStringAsync(new Uri($"{direct}/query?db={Database}&q={Uri.EscapeDataString("SELECT count(\"amount\") FROM \"usage_1m\"")}"));
        if (existing.Contains("\"values\"", StringComparison.Ordinal))
        {
            return;
        }

        using var client = new InfluxDBClient(Env("RM_BENCH_INFLUX_URL"), "unused-by-influxdb-1");
        var write = client.GetWriteApiAsync();
        foreach (var chunk in History(catalog, from).Chunk(20_000))
        {
            await write.WriteRecordsAsync(chunk.ToList(), WritePrecision.S, Database, "resourcemonitor");
        }
    }

    /// <summary>Per-minute line protocol: a plant's meters follow one daily output level (so consumption tracks production), plus ±5 % noise.</summary>
    private static IEnumerable<string> History(ParkCatalog catalog, DateTimeOffset from)
    {
        var random = new Random(2026);
        for (var day = 0; day < Days; day++)
        {
            var level = catalog.Plants.ToDictionary(p => p.Id, _ => 0.6 + (0.4 * random.NextDouble()), StringComparer.Ordinal);
            for (var minute = 0; minute < 1440; minute++)
            {
                var at = from.AddDays(day).AddMinutes(minute).ToUnixTimeSeconds();
                foreach (var meter in catalog.Meters)
                {
                    if (meter.Resource == Resource.Weather)
                    {
                        var temperature = 28 + (4 * Math.Sin(2 * Math.PI * minute / 1440)) + (2 * Math.Sin(day / 5.0));
                        yield return string.Create(CultureInfo.InvariantCulture,
                            $"reading,park={catalog.Park.Id},plant={meter.PlantId},meter={meter.Id},resource=weather,kind=gauge value={temperature:0.###} {at}");
                        continue;
                    }

                    var rate = (meter.Nominal ?? 10) * level[meter.PlantId] * (0.95 + (0.1 * random.NextDouble()));
                    yield return string.Create(CultureInfo.InvariantCulture,
                        $"usage_1m,park={catalog.Park.Id},plant={meter.PlantId},meter={meter.Id},resource={meter.Resource.ToString().ToLowerInvariant()} amount={rate / 60:0.####},mean_rate={rate:0.###} {at}");
                }
            }
        }
    }

    private static string Env(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: run benchmarks/ResourceMonitor.Benchmarks/Ingest/start-services.sh and export what it prints.");
}
