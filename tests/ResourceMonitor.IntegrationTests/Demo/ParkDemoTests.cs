using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ResourceMonitor.Demo;
using ResourceMonitor.IntegrationTests.Infrastructure;
using ResourceMonitor.IntegrationTests.ParkPage;
using ResourceMonitor.IntegrationTests.Worker;

namespace ResourceMonitor.IntegrationTests.Demo;

/// <summary>
/// The README's run command in-process: embedded MQTTnet broker, one simulated edge agent per catalog plant and the
/// worker, with the demo's own defaults except ports, data directory and a fast reading interval.
/// </summary>
public sealed class ParkDemoTests : IClassFixture<InfluxFixture>, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly InfluxFixture _influx;
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("rm-demo-");
    private readonly HttpClient _http = new();

    public ParkDemoTests(InfluxFixture influx) => _influx = influx;

    [Fact]
    public async Task Demo_moves_readings_of_every_simulated_plant_into_InfluxDB()
    {
        await using var demo = await StartDemoAsync(_influx.Influx.Url.ToString());

        var plants = await Eventually.EqualsAsync(
            demo.Plants.Count,
            async () => (await _influx.Influx.QueryAsync("SELECT count(\"value\") FROM \"reading\" WHERE \"park\" = 'hiep-phuoc' GROUP BY \"plant\"")).Series.Count,
            Patience);

        Assert.True(demo.Plants.Count >= 6, $"the sample park should simulate at least six plants, got {demo.Plants.Count}");
        Assert.Equal(demo.Plants.Count, plants);
        var ready = await _http.GetAsync(new Uri(demo.WorkerUrl!, "/health/ready"));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var opportunities = new HttpRequestMessage(HttpMethod.Get, new Uri(demo.WorkerUrl!, "/api/v1/opportunities"));
        opportunities.Headers.Add("X-Api-Key", demo.ParkApiKey);
        Assert.Equal(HttpStatusCode.OK, (await _http.SendAsync(opportunities)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _http.GetAsync(new Uri(demo.WorkerUrl!, "/api/v1/opportunities"))).StatusCode);
        var metrics = await MetricsTextAsync(demo);
        Assert.True(await MetricAsync(demo, "rm_readings_rejected_total") == 0, "simulated readings were rejected: " + string.Join(" | ", metrics.Split('\n').Where(l => l.StartsWith("rm_readings_rejected_total", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task Demo_without_InfluxDB_keeps_accepting_readings_into_the_spool()
    {
        var closedPort = FreePort.Next();
        await using var demo = await StartDemoAsync($"http://127.0.0.1:{closedPort}");

        var spooled = await Eventually.EqualsAsync(true, async () => await MetricAsync(demo, "rm_spool_batches") > 0, Patience);

        Assert.True(spooled, "the worker should spool while InfluxDB is unreachable");
        Assert.True(await MetricAsync(demo, "rm_readings_accepted_total") > 0);
        var health = await _http.GetStringAsync(new Uri(demo.WorkerUrl!, "/health/ready"));
        Assert.Contains("\"influxdb_reachable\":false", health, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_backfill_longer_than_the_edge_default_age_limit_is_stored_and_aggregated()
    {
        await using var demo = await StartDemoAsync(_influx.Influx.Url.ToString(), backfill: TimeSpan.FromDays(10), interval: TimeSpan.FromHours(6));

        var old = await Eventually.EqualsAsync(true, async () =>
            (await _influx.Influx.QueryAsync($"SELECT count(\"value\") FROM \"reading\" WHERE time < now() - 8d GROUP BY \"plant\"")).Series.Count == demo.Plants.Count, Patience);

        Assert.True(old, "every plant's back-filled readings older than the edge's default 7-day limit should be in InfluxDB");
        Assert.True(await _influx.Influx.ScalarAsync("SELECT count(\"value\") FROM \"reading\" WHERE time < now() - 9d") > 0, "nothing stored from the first day of the 10-day back-fill");
        var aggregated = await Eventually.EqualsAsync(true, async () =>
            (await _influx.Influx.QueryAsync("SELECT count(\"amount\") FROM \"usage_1m\" WHERE time < now() - 8d GROUP BY \"plant\"")).Series.Count >= demo.Plants.Count - 1, Patience);
        Assert.True(aggregated, "the back-filled history should be aggregated into usage_1m in its own time (every plant but the weather station has quantities)");
    }

    [Fact]
    public async Task Demo_start_up_ends_with_one_summary_whose_page_link_and_mosquitto_sub_line_work_as_printed()
    {
        await using var demo = await StartDemoAsync($"http://127.0.0.1:{FreePort.Next()}");
        var summary = demo.Summary ?? throw new InvalidOperationException("no summary after start-up");
        var text = summary.ToString();

        // "Application started. Press Ctrl+C to shut down." would come from each of the nine hosts; the summary says it once.
        Assert.All(demo.InnerHosts, host => Assert.False(
            host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(ParkDemo.LifetimeCategory).IsEnabled(LogLevel.Information),
            "an inner host still logs Microsoft.Hosting.Lifetime at Information"));
        Assert.Equal(demo.Plants.Count + 1, demo.InnerHosts.Count());
        Assert.Single(Regex.Matches(text, "Press Ctrl\\+C"));
        Assert.Contains(summary.PageLink.ToString(), text, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_data.FullName, "park-api-key"), text, StringComparison.Ordinal);
        Assert.Contains(summary.MosquittoSubCommand, text, StringComparison.Ordinal);
        Assert.Contains($"state      {_data.FullName}", text, StringComparison.Ordinal);
        Assert.InRange(text.Split('\n').Length, 5, 10);

        using var pageResponse = await _http.GetAsync(summary.PageLink);
        Assert.Equal(HttpStatusCode.OK, pageResponse.StatusCode);
        Assert.Equal("text/html", pageResponse.Content.Headers.ContentType?.MediaType);
        var token = HttpUtility.ParseQueryString(summary.PageLink.Query)["token"];
        await using (var stream = await ParkEventStream.OpenAsync(demo.WorkerUrl!, token: token))
        {
            using var view = await stream.NextAsync(TimeSpan.FromSeconds(30));
            Assert.Equal("park", view.RootElement.GetProperty("scope").GetString());
            Assert.Equal(demo.Plants.Count, view.RootElement.GetProperty("plants").GetArrayLength());
        }

        // The printed line, run by a shell as a user would paste it, receives the park's traffic (one message is enough).
        var sub = await ToolRun.RunAsync("/bin/bash", ["-c", $"{summary.MosquittoSubCommand} -C 1 -W 30"]);
        Assert.True(sub.ExitCode == 0, sub.ToString());
        Assert.StartsWith($"rm/v1/hiep-phuoc/", sub.StandardOutput, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _http.Dispose();
        _data.Delete(recursive: true);
    }

    private async Task<ParkDemo> StartDemoAsync(string influxUrl, TimeSpan backfill = default, TimeSpan? interval = null)
    {
        var options = new DemoOptions
        {
            Catalog = RepositoryFiles.Path("catalog/hiep-phuoc.json"),
            DataDirectory = _data.FullName,
            BrokerPort = 0,
            HttpPort = 0,
            InfluxUrl = influxUrl,
            InfluxBucket = _influx.Influx.Bucket,
            InfluxToken = _influx.Influx.Token,
            ReadingInterval = interval ?? TimeSpan.FromSeconds(1),
            Backfill = backfill,
        };
        var demo = new ParkDemo(options, [], NullLoggerFactory.Instance);
        try
        {
            await demo.StartAsync(CancellationToken.None);
            return demo;
        }
        catch
        {
            await demo.DisposeAsync();
            throw;
        }
    }

    /// <summary>The worker's /metrics, read with the demo's admin key (the key file's content, as the README shows).</summary>
    private async Task<string> MetricsTextAsync(ParkDemo demo)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(demo.WorkerUrl!, "/metrics"));
        request.Headers.Add("X-Api-Key", demo.ParkApiKey);
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The sum of every sample of a Prometheus metric family on the worker's /metrics.</summary>
    private async Task<double> MetricAsync(ParkDemo demo, string name)
    {
        var text = await MetricsTextAsync(demo);
        return text.Split('\n')
            .Where(line => line.StartsWith(name, StringComparison.Ordinal) && (line.Length > name.Length && line[name.Length] is ' ' or '{'))
            .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
    }
}
