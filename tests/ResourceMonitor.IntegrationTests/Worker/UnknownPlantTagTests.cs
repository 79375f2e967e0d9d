using ResourceMonitor.Contracts;
using ResourceMonitor.Contracts.Codec;

namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>Made-up plant ids must not become tag values: each would be a new InfluxDB series (issue 13: 200 ids → 203 series).</summary>
[Collection(WorkerTestCollection.Name)]
public sealed class UnknownPlantTagTests(WorkerBrokerAndInflux services) : IClassFixture<WorkerBrokerAndInflux>
{
    private const int MadeUp = 200;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(150);

    [Fact]
    public async Task Readings_for_200_made_up_plants_are_rejected_into_one_bounded_series()
    {
        await services.ResetDatabaseAsync();
        await using var worker = await InProcessWorker.StartAsync(services.Broker, services.Influx);
        await using var publisher = await TestPublisher.ConnectAsync(services.Broker);
        var payload = ReadingBatchCodec.Encode(ReadingFactory.Recent().PowerBatch(0, 1));
        for (var i = 0; i < MadeUp; i++)
        {
            await publisher.PublishRawAsync(Topics.Readings(SamplePark.Id, $"made-up-{i}"), payload);
        }

        var stored = await Eventually.EqualsAsync(MadeUp, async () => (int)await services.Influx.ScalarAsync("SELECT sum(\"count\") FROM \"rejection\""), Patience);
        var series = await services.Influx.QueryAsync("SHOW SERIES FROM \"rejection\"");
        var plants = await services.Influx.QueryAsync("SHOW TAG VALUES FROM \"rejection\" WITH KEY = \"plant\"");

        Assert.Equal(MadeUp, stored);
        Assert.Equal(MadeUp, (int)await worker.MetricAsync("rm_readings_rejected_total"));
        var key = Assert.Single(Assert.Single(series.Series).Values);
        Assert.Equal($"rejection,park={SamplePark.Id},plant=_unknown,reason=unknown_plant", key[0]);
        Assert.Equal("_unknown", Assert.Single(Assert.Single(plants.Series).Values)[1]);
    }
}
