using System.Globalization;
using System.Text.Json;
using ResourceMonitor.IntegrationTests.Infrastructure;
using ResourceMonitor.IntegrationTests.Worker;
using ResourceMonitor.Worker.Api;
using Xunit.Abstractions;

namespace ResourceMonitor.IntegrationTests.Symbiosis;

/// <summary>
/// Real Mosquitto, real InfluxDB, the worker in-process with fast detection settings; readings published with
/// <c>mosquitto_pub</c>. The steel plant's waste heat and the dyeing plant's boiler raise the opportunity's retained
/// state, its alert event and the webhook; then the boiler is switched on and off to measure alert latency.
/// </summary>
[Collection(WorkerTestCollection.Name)]
public sealed class SymbiosisEndToEndTests(WorkerBrokerAndInflux servers, ITestOutputHelper output) : IClassFixture<WorkerBrokerAndInflux>
{
    private const string Pair = "steel-waste-heat--dyeing-boiler-heat";
    private static readonly TimeSpan OpenAfter = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Readings_published_with_mosquitto_pub_raise_retained_state_an_alert_and_a_webhook_with_measured_latency()
    {
        var directory = Directory.CreateTempSubdirectory("rm-symbiosis-e2e-");
        using var webhook = new WebhookReceiver();
        await using var watcher = await BrokerWatcher.ConnectAsync(servers.Broker, SamplePark.Id);
        await using var worker = await InProcessWorker.StartAsync(servers.Broker, servers.Influx, new Dictionary<string, string?>
        {
            ["Symbiosis:EvaluationInterval"] = "00:00:00.100",
            ["Symbiosis:SmoothingWindow"] = "00:00:00.500",
            ["Symbiosis:OpenAfter"] = "00:00:01",
            ["Symbiosis:CloseAfter"] = "00:00:00.500",
            ["Symbiosis:StaleAfter"] = "00:00:30",
            ["Symbiosis:SnapshotPath"] = Path.Combine(directory.FullName, "snapshot.json"),
            ["Symbiosis:WebhookDeadLetterPath"] = Path.Combine(directory.FullName, "dead.jsonl"),
            ["Symbiosis:Webhooks:0"] = webhook.Url.ToString(),
            ["Api:Keys:0:Hash"] = ApiKeyHash.Of("park-key"),
        });

        var latencies = new List<double>();
        for (var cycle = 0; cycle < 20; cycle++)
        {
            var opened = await BoilerOnUntilAlertAsync(watcher, "opened", cycle);
            latencies.Add(opened.TotalMilliseconds);
            if (cycle == 0)
            {
                AssertRetainedStateAndWebhook(watcher, webhook);
            }

            await BoilerOffUntilClosedAsync(watcher);
        }

        latencies.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"alert latency over {latencies.Count} openings: p50 {Percentile(latencies, 0.5):0} ms, p99 {Percentile(latencies, 0.99):0} ms, max {latencies[^1]:0} ms"));
        Assert.All(latencies, l => Assert.InRange(l, 0, 5000));
        Assert.Empty(Directory.GetFiles(directory.FullName, "dead.jsonl"));
        await AssertBalancePointsAsync();
        directory.Delete(recursive: true);
    }

    /// <summary>The worker wrote a balance line per resource and evaluation to InfluxDB, and the numbers hold together.</summary>
    private async Task AssertBalancePointsAsync()
    {
        const string query = "SELECT \"resource\", \"surplus_rate\", \"matchable_surplus_rate\", \"demand_rate\", \"matchable_demand_rate\", \"allocated_rate\", \"rate_unit\" "
            + "FROM \"symbiosis_balance\" WHERE \"park\" = 'hiep-phuoc'";
        var rows = new List<(string Resource, double Surplus, double MatchableSurplus, double Demand, double MatchableDemand, double Allocated, string Unit)>();
        var deadline = DateTimeOffset.UtcNow.AddSeconds(15);
        while (!rows.Any(r => r.Resource == "heat" && r.Allocated > 0) && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(200);
            var series = (await servers.Influx.QueryAsync(query)).Series;
            rows = [.. series.SelectMany(s => s.Values).Select(v => ((string)v[1]!, Number(v[2]), Number(v[3]), Number(v[4]), Number(v[5]), Number(v[6]), (string)v[7]!))];
        }

        output.WriteLine($"{rows.Count} balance points");
        Assert.Equal(["heat", "waste", "water"], rows.Select(r => r.Resource).Distinct().Order());
        Assert.All(rows, r =>
        {
            Assert.InRange(r.Allocated, 0, r.MatchableSurplus + 1e-6);
            Assert.InRange(r.MatchableSurplus, 0, r.Surplus + 1e-6);
            Assert.InRange(r.Allocated, 0, r.MatchableDemand + 1e-6);
            Assert.InRange(r.MatchableDemand, 0, r.Demand + 1e-6);
        });
        var heat = rows.Where(r => r.Resource == "heat").ToList();
        Assert.All(heat, r => Assert.Equal("kW", r.Unit));
        Assert.InRange(heat.Max(r => r.Surplus), 1199, 1201);
        Assert.InRange(heat.Max(r => r.Allocated), 1, 900);
        Assert.Contains(heat, r => r.Surplus > 1000 && r.Demand == 0 && r.Allocated == 0);
        Assert.All(rows.Where(r => r.Resource == "water"), r => Assert.Equal(("m3/h", 0.0, 0.0), (r.Unit, r.Surplus, r.Allocated)));
    }

    private static double Number(object? value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);

    private static void AssertRetainedStateAndWebhook(BrokerWatcher watcher, WebhookReceiver webhook)
    {
        var state = watcher.Messages.Last(m => m.Topic == $"rm/v1/{SamplePark.Id}/opportunities/{Pair}");
        using var json = JsonDocument.Parse(state.Payload);
        Assert.Equal("open", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Nam Saigon Steel Rolling", json.RootElement.GetProperty("from").GetProperty("name").GetString());
        Assert.Equal("permitted", json.RootElement.GetProperty("legalStanding").GetString());
        Assert.DoesNotContain("cooling-heat", state.Payload, StringComparison.Ordinal);
        Assert.True(SpinWait.SpinUntil(() => webhook.Bodies.Any(b => b.Contains(Pair, StringComparison.Ordinal) && b.Contains("\"opened\"", StringComparison.Ordinal)), TimeSpan.FromSeconds(10)),
            "the webhook receiver got no opened alert");
    }

    private async Task<TimeSpan> BoilerOnUntilAlertAsync(BrokerWatcher watcher, string state, int cycle)
    {
        var seen = watcher.Messages.Count;
        DateTimeOffset? firstOn = null;
        var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
        while (DateTimeOffset.UtcNow < deadline)
        {
            var now = DateTimeOffset.UtcNow;
            firstOn ??= now;
            await PublishAsync("steel-01", "cooling-heat", 1200, now, $"s{cycle}");
            await PublishAsync("dyeing-01", "boiler-heat", 900, now, $"d{cycle}");
            var alert = watcher.Messages.Skip(seen).FirstOrDefault(m => IsAlert(m, state));
            if (alert is not null)
            {
                // The sustained condition is met OpenAfter after the first reading above the thresholds.
                return alert.At - (firstOn.Value + OpenAfter);
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"no '{state}' alert for {Pair} within 20 s");
    }

    private async Task BoilerOffUntilClosedAsync(BrokerWatcher watcher)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
        var seen = watcher.Messages.Count;
        while (DateTimeOffset.UtcNow < deadline)
        {
            var now = DateTimeOffset.UtcNow;
            await PublishAsync("steel-01", "cooling-heat", 1200, now, "s-off");
            await PublishAsync("dyeing-01", "boiler-heat", 0, now, "d-off");
            if (watcher.Messages.Skip(seen).Any(m => IsAlert(m, "closed")))
            {
                Assert.Contains(watcher.Messages.Skip(seen), m => m.Topic.EndsWith(Pair, StringComparison.Ordinal) && m.Payload.Length == 0);
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"no 'closed' alert for {Pair} within 20 s");
    }

    private static bool IsAlert(BrokerWatcher.Received message, string state) =>
        message.Topic == $"rm/v1/{SamplePark.Id}/alerts" && message.Payload.Contains($"\"state\":\"{state}\"", StringComparison.Ordinal)
        && message.Payload.Contains(Pair, StringComparison.Ordinal);

    private async Task PublishAsync(string plant, string meter, double value, DateTimeOffset at, string tag)
    {
        var payload = string.Create(CultureInfo.InvariantCulture,
            $"{{\"v\":1,\"agent\":\"e2e\",\"batch\":\"{tag}-{Guid.NewGuid():N}\",\"readings\":[{{\"meter\":\"{meter}\",\"ts\":\"{at.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ}\",\"value\":{value},\"unit\":\"kW\",\"kind\":\"gauge\"}}]}}");
        var result = await ToolRun.RunAsync(RequiredService.MosquittoPub,
            ["-h", servers.Broker.Host, "-p", servers.Broker.Port.ToString(CultureInfo.InvariantCulture), "-q", "1", "-t", $"rm/v1/{SamplePark.Id}/{plant}/readings", "-m", payload]);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
}
