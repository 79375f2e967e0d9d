using System.Net;
using System.Text.Json;
using ResourceMonitor.Contracts;
using ResourceMonitor.Contracts.Codec;
using ResourceMonitor.IntegrationTests.Api;
using ResourceMonitor.IntegrationTests.Symbiosis;
using ResourceMonitor.IntegrationTests.Worker;
using Xunit.Abstractions;

namespace ResourceMonitor.IntegrationTests.Catalog;

/// <summary>
/// The live catalog against real Mosquitto and InfluxDB: a worker owning two parks (small-park and the sample park) is
/// changed over HTTP, and readings published to the broker show the change took effect without a restart.
/// </summary>
[Collection(WorkerTestCollection.Name)]
public sealed class LiveCatalogTests(WorkerBrokerAndInflux servers, ITestOutputHelper output) : IClassFixture<WorkerBrokerAndInflux>, IDisposable
{
    private const string Pair = "chem-waste-heat--paper-dryer-heat";
    private const string Plant = """{ "id": "chem-03", "name": "Small Park Chemicals", "sector": "chemicals", "lat": 10.032, "lon": 105.762 }""";
    private const string Meter = """{ "id": "waste-heat", "plant": "chem-03", "resource": "heat", "role": "discharge", "unit": "kW", "kind": "gauge", "quality": { "temperatureC": 85 }, "maxRate": 3000 }""";
    private const string Offer = """{ "id": "chem-waste-heat", "plant": "chem-03", "meter": "waste-heat", "openAbove": 300, "closeBelow": 200, "legalStanding": "permitted" }""";

    private readonly TwoParkWorker _parks = new();

    public void Dispose() => _parks.Dispose();

    [Fact]
    public async Task A_plant_meter_and_offer_added_over_http_open_an_opportunity_from_real_readings_and_survive_a_restart()
    {
        await using var publisher = await TestPublisher.ConnectAsync(servers.Broker);
        await using var watcher = await BrokerWatcher.ConnectAsync(servers.Broker, TwoParkWorker.Small);
        await using (var worker = await InProcessWorker.StartAsync(servers.Broker, servers.Influx, _parks.Settings()))
        {
            Assert.True(await PublishUntilRejectedAsync(publisher, worker, "chem-03", "waste-heat", "unknown_plant"), "chem-03 was not refused before the change");

            foreach (var (section, json) in new[] { ("plants", Plant), ("meters", Meter), ("offers", Offer) })
            {
                var put = await TwoParkWorker.PutAsync(worker.BaseAddress, TwoParkWorker.Small, section, json, TwoParkWorker.SmallParkKey);
                Assert.True(put.Status == HttpStatusCode.OK, $"{section}: {(int)put.Status} {put.Body}");
            }

            var started = DateTimeOffset.UtcNow;
            var opened = await PublishUntilOpenedAsync(publisher, watcher);
            output.WriteLine($"opportunity {Pair} opened {(opened - started).TotalSeconds:0.0} s after the change, without a restart");

            // The symbiosis park is small-park: a key of the sample park (even its steel-01, a plant id small-park has) sees none of it.
            var foreign = await ApiResponse.WithKeyAsync(worker.BaseAddress, "/api/v1/opportunities", TwoParkWorker.SampleSteelKey);
            Assert.Equal(HttpStatusCode.Forbidden, foreign.Status);
            var own = await ApiResponse.WithKeyAsync(worker.BaseAddress, "/api/v1/opportunities", TwoParkWorker.SmallParkKey);
            Assert.Contains(Pair, own.Body, StringComparison.Ordinal);
        }

        await using var restarted = await InProcessWorker.StartAsync(servers.Broker, servers.Influx, _parks.Settings());
        var audit = await ApiResponse.WithKeyAsync(restarted.BaseAddress, $"/api/v1/parks/{TwoParkWorker.Small}/catalog/audit", TwoParkWorker.SmallParkKey);
        using var entries = JsonDocument.Parse(audit.Body);
        Assert.Equal(["chem-03", "chem-03/waste-heat", "chem-waste-heat"], entries.RootElement.EnumerateArray().Select(e => e.GetProperty("key").GetString()));
        Assert.All(entries.RootElement.EnumerateArray(), e => Assert.Equal("small-park-operator", e.GetProperty("by").GetString()));
        var catalog = await ApiResponse.WithKeyAsync(restarted.BaseAddress, $"/api/v1/parks/{TwoParkWorker.Small}/catalog", TwoParkWorker.SmallParkKey);
        Assert.Contains("\"chem-waste-heat\"", catalog.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_change_gets_the_validators_message_and_other_parks_and_plants_keys_may_not_change_the_catalog()
    {
        await using var publisher = await TestPublisher.ConnectAsync(servers.Broker);
        await using var worker = await InProcessWorker.StartAsync(servers.Broker, servers.Influx, _parks.Settings());

        var invalid = await TwoParkWorker.PutAsync(worker.BaseAddress, TwoParkWorker.Small, "meters", Meter.Replace("\"chem-03\"", "\"paper-02\"", StringComparison.Ordinal).Replace("\"kW\"", "\"L\"", StringComparison.Ordinal), TwoParkWorker.SmallParkKey);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.Status);
        Assert.Contains("$.meters[4].unit: 'L' is not a canonical unit", invalid.Detail, StringComparison.Ordinal);

        var otherPark = await TwoParkWorker.PutAsync(worker.BaseAddress, TwoParkWorker.Small, "plants", Plant, TwoParkWorker.SampleParkKey);
        var plantKey = await TwoParkWorker.PutAsync(worker.BaseAddress, TwoParkWorker.Small, "plants", Plant, TwoParkWorker.SmallSteelKey);
        var read = await ApiResponse.WithKeyAsync(worker.BaseAddress, $"/api/v1/parks/{SamplePark.Id}/catalog", TwoParkWorker.SmallParkKey);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (otherPark.Status, plantKey.Status, read.Status));
        var trail = await ApiResponse.WithKeyAsync(worker.BaseAddress, $"/api/v1/parks/{TwoParkWorker.Small}/catalog/audit", TwoParkWorker.SmallParkKey);
        Assert.Equal("[]", trail.Body);

        // dyeing-01 is a plant of the sample park only: on small-park's topic it is refused, naming the reason.
        await PublishAsync(publisher, "dyeing-01", "grid-power", 1000, "kWh", ReadingKind.Counter);
        Assert.True(await Eventually.EqualsAsync(true, () => RejectedAsync(worker, "plant_of_other_park"), TimeSpan.FromSeconds(10)), "dyeing-01 on small-park's topic was not refused as plant_of_other_park");
    }

    /// <summary>
    /// Publishes until the worker counts the rejection: a message sent before the worker's subscription is in place is not
    /// queued for it, so one publish could be missed under load (seen once in a full run).
    /// </summary>
    private static async Task<bool> PublishUntilRejectedAsync(TestPublisher publisher, InProcessWorker worker, string plant, string meter, string reason)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            await PublishAsync(publisher, plant, meter, 900 + attempt);
            if (await Eventually.EqualsAsync(true, () => RejectedAsync(worker, reason), TimeSpan.FromSeconds(3)))
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<bool> RejectedAsync(InProcessWorker worker, string reason)
    {
        var (_, metrics) = await worker.GetAsync("/metrics");
        return metrics.Split('\n').Any(l => l.StartsWith("rm_readings_rejected_total", StringComparison.Ordinal) && l.Contains($"\"{reason}\"", StringComparison.Ordinal) && !l.EndsWith(" 0", StringComparison.Ordinal));
    }

    private static Task PublishAsync(TestPublisher publisher, string plant, string meter, double value, string unit = "kW", ReadingKind kind = ReadingKind.Gauge) =>
        publisher.PublishRawAsync(Topics.Readings(TwoParkWorker.Small, plant), ReadingBatchCodec.Encode(
            new ReadingBatch("live-catalog-test", Guid.NewGuid().ToString("N"), [new Reading(meter, DateTimeOffset.UtcNow, value, unit, kind)])));

    private static async Task<DateTimeOffset> PublishUntilOpenedAsync(TestPublisher publisher, BrokerWatcher watcher)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
        while (DateTimeOffset.UtcNow < deadline)
        {
            await PublishAsync(publisher, "chem-03", "waste-heat", 900);
            await PublishAsync(publisher, "paper-02", "dryer-heat", 600);
            if (watcher.Messages.FirstOrDefault(m => m.Topic == $"rm/v1/{TwoParkWorker.Small}/alerts" && m.Payload.Contains(Pair, StringComparison.Ordinal)
                && m.Payload.Contains("\"state\":\"opened\"", StringComparison.Ordinal)) is { } alert)
            {
                return alert.At;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"no opened alert for {Pair} within 20 s of the live change");
    }
}
