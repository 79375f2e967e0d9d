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
    public async Task Per_minute_sums_of_every_meter_are_exact_when_batches_are_redelivered_and_readings_repeated()
    {
        var journal = Directory.CreateTempSubdirectory("rm-journal-");
        await using var worker = await InProcessWorker.StartAsync(services.Broker, services.Influx, FastAggregation(journal.FullName));
        await using var publisher = await TestPublisher.ConnectAsync(services.Broker);
        var stream = new ParkStream(TimeSpan.FromMinutes(4));
        for (var slice = 0; slice < stream.Slices; slice++)
        {
            foreach (var (plant, batch) in stream.Batches(slice))
            {
                await publisher.PublishAsync(plant, batch);
                await publisher.PublishAsync(plant, batch);
                await publisher.PublishAsync(plant, batch with { BatchId = Ulid.NewUlid().ToString(), Readings = batch.Readings.Take(2).ToArray() });
            }
        }

        var expected = stream.ExpectedPerMinute();
        var wrong = await Eventually.EqualsAsync(0, async () => UsageQueries.Differences(expected, await UsageQueries.PerMeterMinuteAsync(services.Influx)).Count, Patience);

        Assert.True(wrong == 0, string.Join("; ", UsageQueries.Differences(expected, await UsageQueries.PerMeterMinuteAsync(services.Influx))));
        Assert.Equal(stream.All.Count(), await UsageQueries.ReadingsAsync(services.Influx));
        journal.Delete(recursive: true);
    }
}
