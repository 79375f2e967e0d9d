namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>InfluxDB stopped mid-stream for longer than the retry budget, then started again.</summary>
[Collection(WorkerTestCollection.Name)]
public sealed class InfluxOutageTests(WorkerBrokerAndInflux services) : IClassFixture<WorkerBrokerAndInflux>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(180);

    [Fact]
    public async Task Every_reading_arrives_after_an_outage_longer_than_the_retry_budget_and_the_spool_drains_to_zero()
    {
        var journal = Directory.CreateTempSubdirectory("rm-journal-");
        await using var worker = await InProcessWorker.StartAsync(services.Broker, services.Influx, AggregationEndToEndTests.FastAggregation(journal.FullName));
        await using var publisher = await TestPublisher.ConnectAsync(services.Broker);
        var readings = new RecentReadings(600);
        for (var first = 0; first < 200; first += 20)
        {
            await publisher.PublishAsync(SamplePark.Dyeing, readings.Batch(first, 20));
        }

        await services.Influx.StopAsync();
        for (var first = 200; first < 500; first += 20)
        {
            await publisher.PublishAsync(SamplePark.Dyeing, readings.Batch(first, 20));
        }

        Assert.True(await Eventually.TrueAsync(() => SpoolBatches(worker) > 0, Patience), "nothing was spooled while InfluxDB was down");
        await Task.Delay(TimeSpan.FromSeconds(5));
        Assert.Equal(200, (await worker.GetAsync("/health/ready")).Status);
        await services.Influx.StartAsync();
        for (var first = 500; first < readings.Count; first += 20)
        {
            await publisher.PublishAsync(SamplePark.Dyeing, readings.Batch(first, 20));
        }

        var stored = await Eventually.EqualsAsync(readings.Count, () => UsageQueries.ReadingsAsync(services.Influx), Patience);
        Assert.Equal(readings.Count, stored);
        Assert.True(await Eventually.TrueAsync(() => SpoolBatches(worker) == 0, Patience), "the spool did not drain");
        var expected = readings.ExpectedPerMinute();
        Assert.True(
            await Eventually.EqualsAsync(true, async () => UsageQueries.Same(expected, await UsageQueries.PerMinuteAsync(services.Influx)), Patience),
            UsageQueries.Describe(expected, await UsageQueries.PerMinuteAsync(services.Influx)));
        journal.Delete(recursive: true);
    }

    private static double SpoolBatches(InProcessWorker worker)
    {
        var line = worker.GetAsync("/metrics").Result.Body.Split('\n').Single(l => l.StartsWith("rm_spool_batches ", StringComparison.Ordinal));
        return double.Parse(line["rm_spool_batches ".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }
}
