using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.IntegrationTests.Worker;
using Xunit.Abstractions;

namespace ResourceMonitor.IntegrationTests.Symbiosis;

/// <summary>
/// Alert latency at the default detection settings (1-minute smoothing, 3 minutes to open, 10 s evaluation interval),
/// end to end: real Mosquitto, the worker in-process, readings published over MQTT, alerts received by a subscriber.
/// The sustain timers run on the readings' own time, so each sample publishes its pair's three minutes of history as
/// one batch per plant (as an edge agent catching up would) ending just before the condition is met, then live readings
/// every 10 s; the condition is met between two live readings, so the alert must come from the due-time evaluation,
/// not from a reading or the tick. Latency = arrival of the <c>opened</c> alert − the moment the condition is met.
/// </summary>
[Collection(WorkerTestCollection.Name)]
public sealed class AlertLatencyAtDefaultsTests(WorkerBrokerAndInflux servers, ITestOutputHelper output) : IClassFixture<WorkerBrokerAndInflux>
{
    private static readonly TimeSpan OpenAfter = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task An_opportunity_is_announced_within_a_second_of_its_condition_at_the_default_settings()
    {
        var catalog = LatencyPark.From(ParkCatalogLoader.LoadFile(SamplePark.CatalogPath));
        await using var watcher = await BrokerWatcher.ConnectAsync(servers.Broker, SamplePark.Id);
        await using var publisher = await TestPublisher.ConnectAsync(servers.Broker);
        await using var worker = await InProcessWorker.StartAsync(servers.Broker, servers.Influx, replace: s => s.AddSingleton(new ResourceMonitor.Worker.Catalog.ParkCatalogs(catalog)));

        await AwaitSubscribedAsync(publisher);

        var latencies = new List<double>();
        for (var k = 0; k < LatencyPark.Pairs; k++)
        {
            latencies.Add((await OpenAsync(watcher, publisher, k)).TotalMilliseconds);
        }

        latencies.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"alert latency at defaults over {latencies.Count} openings: p50 {Percentile(latencies, 0.5):0} ms, p99 {Percentile(latencies, 0.99):0} ms, min {latencies[0]:0} ms, max {latencies[^1]:0} ms"));
        // A generous sanity bound, not a performance assertion: the old tick-based evaluation took up to 10 s.
        Assert.All(latencies, l => Assert.InRange(l, -100, 5000));
    }

    private static async Task<TimeSpan> OpenAsync(BrokerWatcher watcher, TestPublisher publisher, int k)
    {
        var now = DateTimeOffset.UtcNow;
        var first = now - OpenAfter + Lead;
        var met = first + OpenAfter;
        var history = Enumerable.Range(0, 1000).Select(i => first.AddSeconds(10 * i)).TakeWhile(t => t <= now).ToList();
        await PublishAsync(publisher, k, history);

        var deadline = met.AddSeconds(20);
        // Live readings every 10 s from 5 s after the condition: none lands on it, so only the due-time evaluation can announce it.
        var next = met.AddSeconds(5);
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (watcher.Messages.FirstOrDefault(m => m.Topic == $"rm/v1/{SamplePark.Id}/alerts" && m.Payload.Contains(LatencyPark.Opportunity(k), StringComparison.Ordinal)
                && m.Payload.Contains("\"state\":\"opened\"", StringComparison.Ordinal)) is { } alert)
            {
                return alert.At - met;
            }

            if (DateTimeOffset.UtcNow >= next)
            {
                await PublishAsync(publisher, k, [next]);
                next = next.AddSeconds(10);
            }

            await Task.Delay(5);
        }

        throw new TimeoutException($"no 'opened' alert for {LatencyPark.Opportunity(k)} within 20 s of its condition");
    }

    /// <summary>A fresh session keeps nothing published before the worker subscribed: a sentinel reading, sent until it is stored.</summary>
    private async Task AwaitSubscribedAsync(TestPublisher publisher)
    {
        var sentinel = new ReadingBatch("edge-sentinel", "sentinel-batch", [new Reading("power", DateTimeOffset.UtcNow, 1, CanonicalUnits.Kilowatt, ReadingKind.Gauge)]);
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (await servers.Influx.ScalarAsync($"SELECT count(value) FROM reading WHERE plant = '{LatencyPark.Sentinel}'") < 1)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "the worker stored no sentinel reading within 30 s");
            await publisher.PublishAsync(LatencyPark.Sentinel, sentinel);
            await Task.Delay(500);
        }
    }

    private static async Task PublishAsync(TestPublisher publisher, int k, IReadOnlyList<DateTimeOffset> times)
    {
        foreach (var (plant, kw) in new[] { (LatencyPark.Giver(k), 1200.0), (LatencyPark.Taker(k), 900.0) })
        {
            var readings = times.Select(t => new Reading("heat", t, kw, CanonicalUnits.Kilowatt, ReadingKind.Gauge)).ToList();
            await publisher.PublishAsync(plant, new ReadingBatch($"edge-{plant}", Guid.NewGuid().ToString("N"), readings));
        }
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
}
