using System.Diagnostics;
using System.Globalization;
using System.Text;
using ResourceMonitor.Contracts;
using ResourceMonitor.Contracts.Codec;
using ResourceMonitor.IntegrationTests.Infrastructure;

namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>Mosquitto → worker (in-process) → InfluxDB, read back with InfluxQL.</summary>
[Collection(WorkerTestCollection.Name)]
public sealed class IngestEndToEndTests(WorkerBrokerAndInflux services) : IClassFixture<WorkerBrokerAndInflux>, IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(150);

    public Task InitializeAsync() => services.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<double> StoredReadingsAsync() => services.Influx.ScalarAsync("SELECT count(value) FROM reading");

    [Fact]
    public async Task Every_reading_arrives_exactly_once_with_its_tags_value_and_timestamp_despite_redelivered_batches_and_repeats()
    {
        await using var worker = await InProcessWorker.StartAsync(services.Broker, services.Influx);
        await using var publisher = await TestPublisher.ConnectAsync(services.Broker);
        var readings = ReadingFactory.Recent();
        const int Batches = 40;
        const int PerBatch = 25;
        for (var b = 0; b < Batches; b++)
        {
            var batch = readings.PowerBatch(b * PerBatch, PerBatch);
            await publisher.PublishAsync(SamplePark.Dyeing, batch);
            if (b % 5 == 0)
            {
                await publisher.PublishAsync(SamplePark.Dyeing, batch);
            }

            if (b % 7 == 3)
            {
                await publisher.PublishAsync(SamplePark.Dyeing, readings.PowerBatch(b * PerBatch, 5));
            }
        }

        var stored = await Eventually.EqualsAsync(Batches * PerBatch, async () => (int)await StoredReadingsAsync(), Patience);

        Assert.Equal(Batches * PerBatch, stored);
        var first = await services.Influx.QueryAsync("SELECT value, park, plant, meter, resource, kind FROM reading ORDER BY time ASC LIMIT 1");
        var row = first.Series[0].Values[0];
        Assert.Equal(readings.Start.ToUnixTimeMilliseconds(), Convert.ToInt64(row[0], CultureInfo.InvariantCulture));
        Assert.Equal(1000.0, row[1]);
        Assert.Equal([SamplePark.Id, SamplePark.Dyeing, SamplePark.GridPower, "electricity", "counter"], row.Skip(2).Cast<string>());
        var sum = await services.Influx.ScalarAsync("SELECT sum(value) FROM reading");
        Assert.Equal(Enumerable.Range(0, Batches * PerBatch).Sum(s => readings.Power(s).Value), sum, precision: 3);
        var metrics = (await worker.GetAsync("/metrics")).Body;
        Assert.Contains($"rm_readings_accepted_total {Batches * PerBatch}", metrics, StringComparison.Ordinal);
        Assert.Contains("rm_batches_redelivered_total 8", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_and_hostile_payloads_are_rejected_with_reasons_while_valid_batches_around_them_arrive()
    {
        await using var worker = await InProcessWorker.StartAsync(services.Broker, services.Influx);
        await using var publisher = await TestPublisher.ConnectAsync(services.Broker);
        var readings = ReadingFactory.Recent();
        var dyeing = Topics.Readings(SamplePark.Id, SamplePark.Dyeing);
        var valid = ReadingBatchCodec.Encode(readings.PowerBatch(0, 10));
        var hostile = new (string Topic, byte[] Payload, RejectReason Reason)[]
        {
            (dyeing, valid[..(valid.Length / 2)], RejectReason.MalformedJson),
            (dyeing, Encoding.UTF8.GetBytes("{\"v\":1,\"agent\":\"edge\",\"batch\":\"b-types\",\"readings\":[{\"meter\":\"grid-power\",\"ts\":\"2026-11-29T08:00:00.000Z\",\"value\":\"12\",\"unit\":\"kWh\",\"kind\":\"counter\"}]}"), RejectReason.WrongType),
            (dyeing, Encoding.UTF8.GetBytes("{\"v\":1,\"agent\":\"edge\",\"batch\":\"b-deep\",\"readings\":[" + new string('[', 5000) + new string(']', 5000) + "]}"), RejectReason.TooDeep),
            (dyeing, new byte[10 * 1024 * 1024], RejectReason.PayloadTooLarge),
            (Topics.Readings(SamplePark.Id, "bakery"), valid, RejectReason.UnknownPlant),
            (Topics.Readings(SamplePark.Id, "steel-01"), FabricBatch(readings), RejectReason.MeterOfOtherPlant),
        };

        await publisher.PublishAsync(SamplePark.Dyeing, readings.PowerBatch(100, 10));
        foreach (var (topic, payload, _) in hostile)
        {
            await publisher.PublishRawAsync(topic, payload);
        }

        await publisher.PublishAsync(SamplePark.Dyeing, readings.PowerBatch(200, 10));

        Assert.Equal(20, await Eventually.EqualsAsync(20, async () => (int)await StoredReadingsAsync(), Patience));
        Assert.True(await Eventually.TrueAsync(() => publisher.Notices.Count >= hostile.Length, Patience), $"notices: {publisher.Notices.Count}");
        var reasons = publisher.Notices.Select(n => n.Rejections[0].Reason).ToHashSet();
        foreach (var (_, _, reason) in hostile)
        {
            Assert.Contains(reason, reasons);
        }

        var steel = publisher.Notices.Single(n => n.Topic == Topics.Readings(SamplePark.Id, "steel-01"));
        Assert.Equal(10, steel.Rejections.Count);
        Assert.Equal(0, steel.AcceptedReadings);
        var metrics = (await worker.GetAsync("/metrics")).Body;
        Assert.Contains("rm_readings_rejected_total{reason=\"payload_too_large\"} 1", metrics, StringComparison.Ordinal);
        var stored = await Eventually.EqualsAsync(10.0, () => services.Influx.ScalarAsync(
            "SELECT sum(\"count\") FROM \"rejection\" WHERE \"plant\" = 'steel-01' AND \"reason\" = 'meter_of_other_plant'"), Patience);
        Assert.Equal(10.0, stored);
    }

    /// <summary>Ten readings of the dyeing plant's fabric counter, a meter steel-01 does not have.</summary>
    private static byte[] FabricBatch(ReadingFactory readings) => ReadingBatchCodec.Encode(new ReadingBatch(
        "edge-steel",
        Ulid.NewUlid().ToString(),
        Enumerable.Range(0, 10).Select(s => new Reading("fabric", readings.Start.AddSeconds(s), 10 + s, "kg", ReadingKind.Counter)).ToArray()));

    [Fact]
    public async Task A_batch_published_with_mosquitto_pub_arrives()
    {
        await using var worker = await InProcessWorker.StartAsync(services.Broker, services.Influx);
        var readings = ReadingFactory.Recent();
        var file = Path.GetTempFileName();
        await File.WriteAllBytesAsync(file, ReadingBatchCodec.Encode(readings.PowerBatch(0, 7)));
        try
        {
            using var pub = Process.Start(RequiredService.MosquittoPub, ["-h", services.Broker.Host, "-p", services.Broker.Port.ToString(CultureInfo.InvariantCulture), "-q", "1", "-V", "mqttv5", "-t", Topics.Readings(SamplePark.Id, SamplePark.Dyeing), "-f", file]);
            await pub.WaitForExitAsync();
            Assert.Equal(0, pub.ExitCode);

            Assert.Equal(7, await Eventually.EqualsAsync(7, async () => (int)await StoredReadingsAsync(), Patience));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_point_InfluxDB_refuses_is_rejected_with_its_reason_and_the_good_ones_around_it_land()
    {
        // A string 'value' in an older week's shard makes InfluxDB refuse any float 'value' of that week (400, field type conflict).
        var readings = ReadingFactory.Recent();
        var conflictTime = readings.Start.AddDays(-21);
        using (var http = new HttpClient())
        {
            var line = $"reading,park={SamplePark.Id},plant=other,meter=other,resource=electricity,kind=counter value=\"text\" {conflictTime.ToUnixTimeMilliseconds()}";
            using var response = await http.PostAsync(new Uri(services.Influx.DirectUrl, $"/write?db={services.Influx.Database}&precision=ms"), new StringContent(line));
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }

        await using var worker = await InProcessWorker.StartAsync(services.Broker, services.Influx);
        await using var publisher = await TestPublisher.ConnectAsync(services.Broker);
        var good = readings.PowerBatch(0, 20).Readings;
        var bad = new Reading(SamplePark.GridPower, conflictTime.AddSeconds(1), 999, "kWh", ReadingKind.Counter);
        await publisher.PublishAsync(SamplePark.Dyeing, new ReadingBatch("edge-dyeing", Ulid.NewUlid().ToString(), [.. good.Take(10), bad, .. good.Skip(10)]));

        var since = readings.Start.AddMinutes(-1).ToUnixTimeMilliseconds();
        var stored = await Eventually.EqualsAsync(20, async () => (int)await services.Influx.ScalarAsync($"SELECT count(value) FROM reading WHERE time >= {since}ms"), Patience);
        Assert.Equal(20, stored);
        Assert.True(await Eventually.TrueAsync(() => !publisher.Notices.IsEmpty, Patience), "no rejection notice");
        var notice = Assert.Single(publisher.Notices);
        var rejection = Assert.Single(notice.Rejections);
        Assert.Equal(RejectReason.StorageRejected, rejection.Reason);
        Assert.Contains("conflict", rejection.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(20, notice.AcceptedReadings);
    }

    [Fact]
    public async Task Health_and_metrics_endpoints_report_the_connection_and_the_counts()
    {
        await using var worker = await InProcessWorker.StartAsync(services.Broker, services.Influx);
        Assert.True(await Eventually.TrueAsync(() => worker.GetAsync("/health/ready").Result.Status == 200, Patience));

        var live = await worker.GetAsync("/health/live");
        var metrics = await worker.GetAsync("/metrics");

        Assert.Equal(200, live.Status);
        Assert.Contains("rm_broker_connected 1", metrics.Body, StringComparison.Ordinal);
        Assert.Contains("# TYPE rm_spool_batches gauge", metrics.Body, StringComparison.Ordinal);
    }
}
