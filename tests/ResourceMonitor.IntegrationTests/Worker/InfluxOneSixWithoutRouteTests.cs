using Microsoft.Extensions.Logging.Testing;

namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>
/// The worker pointed straight at the real InfluxDB 1.6 (what Debian installs), without the route of
/// <c>deploy/influxdb-1x/nginx-write-route.conf</c>: its 404 from <c>/api/v2/write</c> becomes one log line and a
/// readiness reason that say which versions work and what to do, and the readings wait in the spool.
/// </summary>
[Collection(WorkerTestCollection.Name)]
public sealed class InfluxOneSixWithoutRouteTests(WorkerBrokerAndInflux servers) : IClassFixture<WorkerBrokerAndInflux>
{
    [Fact]
    public async Task A_404_from_the_v2_write_api_names_the_working_versions_and_the_shipped_route_in_the_log_and_readiness()
    {
        await using var worker = await InProcessWorker.StartAsync(servers.Broker, servers.Influx, new Dictionary<string, string?>
        {
            ["Storage:Url"] = servers.Influx.DirectUrl.ToString(),
        });
        worker.ExpectError("9341");
        await using var publisher = await TestPublisher.ConnectAsync(servers.Broker);
        await publisher.PublishAsync(SamplePark.Dyeing, ReadingFactory.Recent().PowerBatch(0, 5));

        var body = string.Empty;
        var said = await Eventually.EqualsAsync(true, async () =>
        {
            (_, body) = await worker.GetAsync("/health/ready");
            return body.Contains("404", StringComparison.Ordinal);
        }, TimeSpan.FromSeconds(20));

        Assert.True(said, "readiness never named the 404: " + body);
        Assert.Contains("\"status\":\"Degraded\"", body, StringComparison.Ordinal);
        Assert.Contains("older than 1.8", body, StringComparison.Ordinal);
        Assert.Contains("deploy/influxdb-1x/nginx-write-route.conf", body, StringComparison.Ordinal);
        Assert.True(await worker.MetricAsync("rm_spool_batches") > 0, "the readings should wait in the spool");
        var logged = worker.Services.GetFakeLogCollector().GetSnapshot().Where(r => r.Id.Id == 9341).ToList();
        var line = Assert.Single(logged);
        Assert.Contains("Use InfluxDB 1.8 or newer, 2.x or 3.x", line.Message, StringComparison.Ordinal);
        Assert.Contains(servers.Influx.DirectUrl.ToString(), line.Message, StringComparison.Ordinal);
    }
}
