using ResourceMonitor.Contracts;
using Xunit.Abstractions;

namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>
/// The worker killed with SIGKILL or stopped with SIGTERM mid-stream and started again: broker redelivery plus spool plus
/// journal lose nothing and count nothing twice, and every usage_1m minute is exact.
/// </summary>
[Collection(WorkerTestCollection.Name)]
public sealed class WorkerCrashTests(WorkerBrokerAndInflux services, ITestOutputHelper output) : IClassFixture<WorkerBrokerAndInflux>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(180);

    /// <summary>
    /// Which fault comes at which slice, and for how many slices the worker then stays away. The first two fall inside the stream's first minute, the one a replayed journal used to leave partial.
    /// </summary>
    private static readonly (int Slice, bool Kill, int Down)[] Faults = [(3, true, 1), (5, false, 0), (16, true, 3), (28, false, 0), (40, true, 5), (52, false, 2), (64, true, 0)];

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // two hours old: an edge agent's buffer after an outage, older than the worker's lateness
    public async Task Every_usage_minute_of_every_meter_is_exact_after_SIGKILLs_and_SIGTERMs_mid_stream(bool history)
    {
        await services.ResetDatabaseAsync();
        var state = Directory.CreateTempSubdirectory("rm-worker-faults-");
        using var worker = new WorkerProcess(services.Broker, services.Influx, state.FullName);
        await using var publisher = await TestPublisher.ConnectAsync(services.Broker);
        var stream = new ParkStream(TimeSpan.FromMinutes(12), history ? TimeSpan.FromHours(2) : null);
        var messages = 0;
        try
        {
            await worker.StartAsync();
            var storedAtStart = 0;
            for (var slice = 0; slice < stream.Slices; slice++)
            {
                foreach (var (plant, batch) in stream.Batches(slice))
                {
                    await publisher.PublishAsync(plant, batch);
                    messages++;
                    if (slice % 5 == 0)
                    {
                        // An edge agent resending after its own restart: same batch id, and the same readings under a new id.
                        await publisher.PublishAsync(plant, batch);
                        await publisher.PublishAsync(plant, batch with { BatchId = Ulid.NewUlid().ToString() });
                        messages += 2;
                    }
                }

                await Task.Delay(25);
                foreach (var fault in Faults.Where(f => f.Slice == slice))
                {
                    // Mid-stream: the worker has stored something since it started.
                    var progressed = await Eventually.TrueAsync(() => UsageQueries.ReadingsAsync(services.Influx).Result > storedAtStart, Patience);
                    Assert.True(progressed, worker.Output);
                    if (fault.Kill)
                    {
                        worker.Kill();
                    }
                    else
                    {
                        await worker.StopAsync(TimeSpan.FromSeconds(60));
                    }
                }

                foreach (var fault in Faults.Where(f => f.Slice + f.Down == slice))
                {
                    storedAtStart = await UsageQueries.ReadingsAsync(services.Influx);
                    await worker.StartAsync();
                }
            }

            var published = stream.All.Count();
            var stored = await Eventually.EqualsAsync(published, () => UsageQueries.ReadingsAsync(services.Influx), Patience);
            var expected = stream.ExpectedPerMinute();
            var differences = await Eventually.EqualsAsync(0, async () => UsageQueries.Differences(expected, await UsageQueries.PerMeterMinuteAsync(services.Influx)).Count, Patience);
            output.WriteLine(
                $"{Faults.Count(f => f.Kill)} SIGKILLs and {Faults.Count(f => !f.Kill)} SIGTERMs: {messages} messages, {published} distinct readings of " +
                $"{expected.Keys.Select(k => (k.Plant, k.Meter)).Distinct().Count()} meters published; stored {stored}; {expected.Count} meter-minutes expected, {differences} wrong");

            Assert.Equal(published, stored);
            Assert.Empty(UsageQueries.Differences(expected, await UsageQueries.PerMeterMinuteAsync(services.Influx)));
            Assert.Equal(0, await worker.MetricAsync("rm_spool_batches"));
        }
        finally
        {
            worker.Kill();
            state.Delete(recursive: true);
        }
    }
}
