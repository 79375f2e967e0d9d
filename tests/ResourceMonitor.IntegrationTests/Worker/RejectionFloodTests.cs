using System.Diagnostics;
using Xunit.Abstractions;
using System.Diagnostics.Metrics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using ResourceMonitor.Contracts;
using ResourceMonitor.Worker.Operations;

namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>
/// Bad input must not slow good input: a flood of malformed messages on a plant's topic, then 100,000 good readings,
/// through real Mosquitto, the worker and InfluxDB. The store time is a figure for docs/storage.md, not an assertion.
/// </summary>
[Collection(WorkerTestCollection.Name)]
public sealed class RejectionFloodTests(WorkerBrokerAndInflux services, ITestOutputHelper output) : IClassFixture<WorkerBrokerAndInflux>
{
    private const int Good = 100_000;
    private const int PerBatch = 100;
    private const int InFlight = 50;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(300);
    private static readonly byte[] Malformed = Encoding.UTF8.GetBytes("{\"v\":1,\"agent\":\"edge-dyeing\",");

    [Theory]
    [InlineData(0)]
    [InlineData(12_000)]
    public async Task Good_readings_after_a_flood_of_bad_messages_are_all_stored_and_every_rejection_is_counted(int bad)
    {
        await services.ResetDatabaseAsync();
        await using var worker = await InProcessWorker.StartAsync(services.Broker, services.Influx);
        await using var publisher = await TestPublisher.ConnectAsync(services.Broker);
        var topic = Topics.Readings(SamplePark.Id, SamplePark.Dyeing);

        var clock = Stopwatch.StartNew();
        await PublishAllAsync(bad, _ => publisher.PublishRawAsync(topic, Malformed));
        var badPublished = clock.Elapsed;
        var start = ReadingFactory.Recent().Start;
        await PublishAllAsync(Good / PerBatch, b => publisher.PublishAsync(SamplePark.Dyeing, Batch(start, b)));
        var goodPublished = clock.Elapsed;
        var stored = await Eventually.EqualsAsync(Good, () => UsageQueries.ReadingsAsync(services.Influx), Patience, TimeSpan.FromMilliseconds(100));
        var goodStored = clock.Elapsed;
        var rejected = await Eventually.EqualsAsync(bad, async () => (int)await worker.MetricAsync("rm_readings_rejected_total"), Patience);

        output.WriteLine(
            $"{bad} bad messages published in {badPublished.TotalSeconds:F1} s; {Good} good readings published by {goodPublished.TotalSeconds:F1} s " +
            $"and all stored {goodStored.TotalSeconds:F1} s after the first bad message ({(goodStored - badPublished).TotalSeconds:F1} s after the first good one); " +
            $"{rejected} rejections counted");
        Assert.Equal(Good, stored);
        Assert.Equal(bad, rejected);
    }

    [Fact]
    public async Task Rejection_notices_still_queued_at_a_graceful_stop_are_stored_or_counted_as_dropped()
    {
        await services.ResetDatabaseAsync();
        var worker = await InProcessWorker.StartAsync(services.Broker, services.Influx);
        using var dropped = new MetricCollector<long>(worker.Services.GetRequiredService<IMeterFactory>(), WorkerMetrics.MeterName, "rm_rejection_notices_dropped");
        int rejected;
        await using (worker)
        {
            await using var publisher = await TestPublisher.ConnectAsync(services.Broker);
            var topic = Topics.Readings(SamplePark.Id, SamplePark.Dyeing);
            await PublishAllAsync(2_000, _ => publisher.PublishRawAsync(topic, Malformed));
            rejected = await Eventually.EqualsAsync(2_000, async () => (int)await worker.MetricAsync("rm_readings_rejected_total"), Patience, TimeSpan.FromMilliseconds(10));
            var queued = worker.Services.GetRequiredService<ResourceMonitor.Worker.Ingest.RejectionReporter>().QueuedNotices;
            await worker.StopAsync();
            output.WriteLine($"{rejected} rejections counted; {queued} notices still queued at the stop");
        }

        var stored = (int)await services.Influx.ScalarAsync("SELECT sum(\"count\") FROM rejection");
        var drops = (int)dropped.GetMeasurementSnapshot().Where(m => (string?)m.Tags["stage"] is "queue_full" or "unstored").Sum(m => m.Value);
        output.WriteLine($"{stored} rejection points stored, {drops} notices counted as dropped");
        Assert.Equal(2_000, rejected);
        Assert.Equal(rejected, stored + drops);
    }

    /// <summary>100 readings of the dyeing plant's power counter, 10 ms apart, for batch <paramref name="b"/>.</summary>
    private static ReadingBatch Batch(DateTimeOffset start, int b) =>
        new("edge-dyeing", Ulid.NewUlid().ToString(), Enumerable.Range(b * PerBatch, PerBatch)
            .Select(k => new Reading(SamplePark.GridPower, start.AddMilliseconds(10 * k), 1000 + (0.001 * k), "kWh", ReadingKind.Counter))
            .ToArray());

    private static async Task PublishAllAsync(int count, Func<int, Task> publish)
    {
        using var gate = new SemaphoreSlim(InFlight);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                await publish(i);
            }
            finally
            {
                gate.Release();
            }
        }));
    }
}
