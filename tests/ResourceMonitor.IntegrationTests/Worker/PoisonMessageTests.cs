using System.Text;
using ResourceMonitor.Contracts;
using ResourceMonitor.Contracts.Codec;

namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>
/// Issue 11 item 1 against real Mosquitto and InfluxDB: a batch with invalid UTF-8 inside a JSON string, published on a
/// catalog plant's own topic, once stopped intake for every plant, and with the persistent session came back after every
/// restart. It must be refused with a reason while the good readings of every plant are stored, before and after a restart.
/// </summary>
[Collection(WorkerTestCollection.Name)]
public sealed class PoisonMessageTests(WorkerBrokerAndInflux services) : IClassFixture<WorkerBrokerAndInflux>, IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>Four plants of the sample park, each with a grid-power counter that takes 0.5 kWh a second.</summary>
    private static readonly string[] Plants = [SamplePark.Dyeing, "food-01", "steel-01", "paper-01"];

    public Task InitializeAsync() => services.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_batch_with_invalid_utf8_is_refused_and_every_plants_good_readings_are_stored_also_after_a_restart_that_redelivers_it()
    {
        var settings = new Dictionary<string, string?> { ["Broker:ClientId"] = $"worker-poison-{Guid.NewGuid():N}"[..23] };
        var readings = ReadingFactory.Recent();
        await using var publisher = await TestPublisher.ConnectAsync(services.Broker);

        await using (var first = await InProcessWorker.StartAsync(services.Broker, services.Influx, settings))
        {
            await AwaitSubscribedAsync(publisher, readings);

            await PublishPoisonThenGoodAsync(publisher, readings, firstSecond: 0);
            Assert.Equal(1 + (Plants.Length * 20), await StoredAsync(1 + (Plants.Length * 20)));
            var metrics = (await first.GetAsync("/metrics")).Body;
            Assert.Contains("rm_readings_rejected_total{reason=\"malformed_json\"} 1", metrics, StringComparison.Ordinal);
            Assert.Contains($"rm_readings_accepted_total {1 + (Plants.Length * 20)}", metrics, StringComparison.Ordinal);
            Assert.True(await Eventually.TrueAsync(() => !publisher.Notices.IsEmpty, Patience), "no rejection notice");
            var notice = Assert.Single(publisher.Notices);
            Assert.Equal(Topics.Readings(SamplePark.Id, SamplePark.Dyeing), notice.Topic);
            var rejection = Assert.Single(notice.Rejections);
            Assert.Equal(RejectReason.MalformedJson, rejection.Reason);
            Assert.Contains("UTF-8", rejection.Detail, StringComparison.Ordinal);
        }

        // While the worker is away the broker queues a second poison and more readings in its persistent session; the
        // restarted worker gets them all at once, the poison first. The first poison was acknowledged, so it stays gone.
        await PublishPoisonThenGoodAsync(publisher, readings, firstSecond: 20);
        await using var second = await InProcessWorker.StartAsync(services.Broker, services.Influx, settings);

        Assert.Equal(1 + (Plants.Length * 30), await StoredAsync(1 + (Plants.Length * 30)));
        var afterRestart = (await second.GetAsync("/metrics")).Body;
        Assert.Contains("rm_readings_rejected_total{reason=\"malformed_json\"} 1", afterRestart, StringComparison.Ordinal);
        Assert.Contains($"rm_readings_accepted_total {Plants.Length * 10}", afterRestart, StringComparison.Ordinal);
    }

    /// <summary>The poison on the dyeing plant's topic, then per plant batches of 10 readings up to <paramref name="firstSecond"/> + 20 (10 after a restart).</summary>
    private static async Task PublishPoisonThenGoodAsync(TestPublisher publisher, ReadingFactory readings, int firstSecond)
    {
        await publisher.PublishRawAsync(Topics.Readings(SamplePark.Id, SamplePark.Dyeing), Poison(readings));
        var batches = firstSecond == 0 ? 2 : 1;
        for (var b = 0; b < batches; b++)
        {
            foreach (var plant in Plants)
            {
                await publisher.PublishAsync(plant, readings.PowerBatch(firstSecond + (b * 10), 10));
            }
        }
    }

    /// <summary>A valid batch whose agent id carries 0xC3 0x28, a broken two-byte UTF-8 sequence, as the message did.</summary>
    private static byte[] Poison(ReadingFactory readings)
    {
        var json = Encoding.UTF8.GetString(ReadingBatchCodec.Encode(readings.PowerBatch(0, 10)));
        var at = json.IndexOf("edge-dyeing", StringComparison.Ordinal) + "edge-dy".Length;
        return [.. Encoding.UTF8.GetBytes(json[..at]), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(json[at..])];
    }

    /// <summary>
    /// A fresh session keeps nothing published before the worker subscribed: one reading, sent until it is stored (the same
    /// batch id each time, so repeats are dropped as redeliveries), shows the subscription is in place.
    /// </summary>
    private async Task AwaitSubscribedAsync(TestPublisher publisher, ReadingFactory readings)
    {
        var sentinel = readings.PowerBatch(0, 1);
        var deadline = DateTime.UtcNow + Patience;
        while (await services.Influx.ScalarAsync("SELECT count(value) FROM reading") < 1 && DateTime.UtcNow < deadline)
        {
            await publisher.PublishAsync("wwtp-01", sentinel);
            await Task.Delay(500);
        }

        Assert.Equal(1, await StoredAsync(1));
    }

    private async Task<int> StoredAsync(int expected) =>
        await Eventually.EqualsAsync(expected, async () => (int)await services.Influx.ScalarAsync("SELECT count(value) FROM reading"), Patience);
}
