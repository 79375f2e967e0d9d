namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>Per-minute usage from real Mosquitto through the worker into InfluxDB: duplicates never inflate a minute.</summary>
[Collection(WorkerTestCollection.Name)]
public sealed class AggregationEndToEndTests(WorkerBrokerAndInflux services) : IClassFixture<WorkerBrokerAndInflux>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(150);

    /// <summary>Settings for fast flushing and a lateness that covers the test's readings.</summary>
    public static Dictionary<string, string?> FastAggregation(string journal) => new()
    {
        ["Aggregation:Lateness"] = "00:15:00",
        ["Aggregation:FlushInterval"] = "00:00:00.200",
        ["Aggregation:JournalDirectory"] = journal,
    };

    [Fact]
    public async Task Per_minute_sums_are_exact_when_batches_are_redelivered_and_readings_repeated()
    {
        var journal = Directory.CreateTempSubdirectory("rm-journal-");
        await using var worker = await InProcessWorker.StartAsync(services.Broker, services.Influx, FastAggregation(journal.FullName));
        await using var publisher = await TestPublisher.ConnectAsync(services.Broker);
        var readings = new RecentReadings(200);
        for (var first = 0; first < readings.Count; first += 20)
        {
            var batch = readings.Batch(first, 20);
            await publisher.PublishAsync(SamplePark.Dyeing, batch);
            await publisher.PublishAsync(SamplePark.Dyeing, batch);
            await publisher.PublishAsync(SamplePark.Dyeing, readings.Batch(first, 3));
        }

        var expected = readings.ExpectedPerMinute();
        var actual = await Eventually.EqualsAsync(true, async () => UsageQueries.Same(expected, await UsageQueries.PerMinuteAsync(services.Influx)), Patience);

        Assert.True(actual, UsageQueries.Describe(expected, await UsageQueries.PerMinuteAsync(services.Influx)));
        Assert.Equal(readings.Count, await UsageQueries.ReadingsAsync(services.Influx));
        journal.Delete(recursive: true);
    }
}
