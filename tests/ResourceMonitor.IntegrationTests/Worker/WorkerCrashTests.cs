using ResourceMonitor.Contracts;
using Xunit.Abstractions;

namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>The worker killed with SIGKILL mid-stream and started again: broker redelivery plus spool plus journal lose nothing and count nothing twice.</summary>
[Collection(WorkerTestCollection.Name)]
public sealed class WorkerCrashTests(WorkerBrokerAndInflux services, ITestOutputHelper output) : IClassFixture<WorkerBrokerAndInflux>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(180);

    [Fact]
    public async Task Every_reading_arrives_once_and_per_minute_sums_stay_exact_after_a_SIGKILL_mid_stream()
    {
        var state = Directory.CreateTempSubdirectory("rm-worker-killed-");
        using var worker = new WorkerProcess(services.Broker, services.Influx, state.FullName);
        await using var publisher = await TestPublisher.ConnectAsync(services.Broker);
        var readings = new RecentReadings(900);
        var published = 0;
        var messages = 0;
        try
        {
            await worker.StartAsync();
            for (var first = 0; first < readings.Count; first += 10)
            {
                var batch = readings.Batch(first, 10);
                await publisher.PublishAsync(SamplePark.Dyeing, batch);
                published += batch.Readings.Count;
                messages++;
                if (first % 50 == 0)
                {
                    // An edge agent resending after its own restart: same batch id, and a repeat of readings under a new id.
                    await publisher.PublishAsync(SamplePark.Dyeing, batch);
                    await publisher.PublishAsync(SamplePark.Dyeing, readings.Batch(first, 4));
                    messages += 2;
                }

                if (first == 300)
                {
                    Assert.True(await Eventually.TrueAsync(() => UsageQueries.ReadingsAsync(services.Influx).Result > 0, Patience), worker.Output);
                    worker.Kill();
                }

                if (first == 600)
                {
                    await worker.StartAsync();
                }
            }

            var stored = await Eventually.EqualsAsync(readings.Count, () => UsageQueries.ReadingsAsync(services.Influx), Patience);
            var expected = readings.ExpectedPerMinute();
            var exact = await Eventually.EqualsAsync(true, async () => UsageQueries.Same(expected, await UsageQueries.PerMinuteAsync(services.Influx)), Patience);
            var actual = await UsageQueries.PerMinuteAsync(services.Influx);
            output.WriteLine(
                $"SIGKILL test: {messages} messages, {published} distinct readings published; stored {stored}; lost {published - Math.Min(stored, published)}; " +
                $"duplicated {Math.Max(0, stored - published)}; usage_1m total {actual.Values.Sum()} kWh, expected {expected.Values.Sum()} kWh");

            Assert.Equal(published, stored);
            Assert.True(exact, UsageQueries.Describe(expected, actual));
            Assert.Equal(0, await worker.MetricAsync("rm_spool_batches"));
        }
        finally
        {
            worker.Kill();
            state.Delete(recursive: true);
        }
    }
}
