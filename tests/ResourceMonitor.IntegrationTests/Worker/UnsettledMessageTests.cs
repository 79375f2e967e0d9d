using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ResourceMonitor.Worker.Ingest;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>
/// A message whose readings never became durable, or that a consumer failed on, is never acknowledged and its
/// deduplication keys are forgotten: when the broker redelivers it, it is stored and consumed (before, the redelivery was
/// acknowledged as a duplicate, or the failed consumer's batch was acknowledged, and the readings were lost to it).
/// </summary>
[Collection(WorkerTestCollection.Name)]
public sealed class UnsettledMessageTests(WorkerBrokerAndInflux services) : IClassFixture<WorkerBrokerAndInflux>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_message_whose_write_failed_is_stored_when_the_broker_redelivers_it()
    {
        await services.ResetDatabaseAsync();
        var settings = new Dictionary<string, string?> { ["Broker:ClientId"] = "worker-unsettled" };
        FailingFirstWrite? failing = null;
        var readings = ReadingFactory.Recent();
        var batch = readings.PowerBatch(0, 10);
        await using (var first = await InProcessWorker.StartAsync(services.Broker, services.Influx, settings, replace: s => s.AddSingleton<IDurablePointWriter>(
            sp => failing = new FailingFirstWrite(sp.GetRequiredService<PointWriter>()))))
        {
            await using var publisher = await TestPublisher.ConnectAsync(services.Broker);
            await publisher.PublishAsync(SamplePark.Dyeing, batch);
            await failing!.Failed.Task.WaitAsync(Patience);

            // A new connection of the same session: the broker redelivers what the worker left unacknowledged.
            // The old worker took that redelivery as a duplicate and acknowledged it; this one stopped when the write failed
            // (or, supervised, restarted its stage and stores the redelivery itself).
            await services.Broker.StopAsync();
            await services.Broker.StartAsync();
            var lifetime = first.Services.GetRequiredService<IHostApplicationLifetime>();
            await Eventually.TrueAsync(() => lifetime.ApplicationStopping.IsCancellationRequested || UsageQueries.ReadingsAsync(services.Influx).Result > 0, TimeSpan.FromSeconds(20));
        }

        await using var second = await InProcessWorker.StartAsync(services.Broker, services.Influx, settings);
        var stored = await Eventually.EqualsAsync(batch.Readings.Count, () => UsageQueries.ReadingsAsync(services.Influx), Patience);

        Assert.Equal(batch.Readings.Count, stored);
    }

    [Fact]
    public async Task A_batch_a_consumer_failed_on_is_not_acknowledged_and_reaches_every_consumer_when_redelivered()
    {
        await services.ResetDatabaseAsync();
        var settings = new Dictionary<string, string?> { ["Broker:ClientId"] = "worker-consumer-failed" };
        var consumer = new FailingFirstConsumer();
        var batch = ReadingFactory.Recent().PowerBatch(0, 10);
        await using (var first = await InProcessWorker.StartAsync(services.Broker, services.Influx, settings, s => s.AddSingleton<IAcceptedReadingsConsumer>(consumer)))
        {
            await using var publisher = await TestPublisher.ConnectAsync(services.Broker);
            await publisher.PublishAsync(SamplePark.Dyeing, batch);
            await consumer.Failed.Task.WaitAsync(Patience);

            // The old pipeline logged the failure and acknowledged the message: the broker had nothing to redeliver.
            var lifetime = first.Services.GetRequiredService<IHostApplicationLifetime>();
            await Eventually.TrueAsync(() => lifetime.ApplicationStopping.IsCancellationRequested || consumer.Received.Count > 1, TimeSpan.FromSeconds(20));
        }

        await using var second = await InProcessWorker.StartAsync(services.Broker, services.Influx, settings, s => s.AddSingleton<IAcceptedReadingsConsumer>(consumer));
        var received = await Eventually.TrueAsync(() => consumer.Received.Count(id => id == batch.BatchId) >= 2, Patience);

        Assert.True(received, $"the consumer got batch ids [{string.Join(", ", consumer.Received)}]");
        Assert.Equal(batch.Readings.Count, await Eventually.EqualsAsync(batch.Readings.Count, () => UsageQueries.ReadingsAsync(services.Influx), Patience));
    }
}
