using System.Net;
using ResourceMonitor.Contracts;
using ResourceMonitor.Contracts.Codec;
using ResourceMonitor.IntegrationTests.Worker;
using Xunit.Abstractions;

namespace ResourceMonitor.IntegrationTests.ScaleOut;

/// <summary>
/// Scale-out by park (docs/scale-out.md): two worker processes own different parks against one Mosquitto and one InfluxDB,
/// each subscribed to its own parks' topics only. One is SIGKILLed: the other park keeps storing and keeps its
/// opportunity open; the killed park's readings wait in the broker and are stored when its worker restarts.
/// </summary>
[Collection(WorkerTestCollection.Name)]
public sealed class ParkPartitionTests(WorkerBrokerAndInflux services, ITestOutputHelper output) : IClassFixture<WorkerBrokerAndInflux>
{
    private const string Other = "hoa-khanh";
    private const string Pair = "steel-waste-heat--garment-dyeing-heat";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Killing_one_parks_worker_leaves_the_other_park_storing_and_matching_and_the_killed_park_resumes_on_restart()
    {
        await services.ResetDatabaseAsync();
        using var hiepPhuoc = new WorkerProcess(services.Broker, services.Influx, Directory.CreateTempSubdirectory("rm-scale-hp-").FullName);
        using var hoaKhanh = new WorkerProcess(services.Broker, services.Influx, Directory.CreateTempSubdirectory("rm-scale-hk-").FullName, overrides: new Dictionary<string, string?>
        {
            ["Catalog:Path"] = Path.Combine(Path.GetDirectoryName(SamplePark.CatalogPath)!, Other + ".json"),
            ["Ingest:Parks:0"] = Other,
            ["Symbiosis:EvaluationInterval"] = "00:00:00.200",
            ["Symbiosis:SmoothingWindow"] = "00:00:01",
            ["Symbiosis:OpenAfter"] = "00:00:01",
            ["Symbiosis:StaleAfter"] = "00:01:00",
        });
        await using var publisher = await TestPublisher.ConnectAsync(services.Broker);
        try
        {
            await hiepPhuoc.StartAsync();
            await hoaKhanh.StartAsync();
            var start = DateTimeOffset.UtcNow.AddSeconds(-30);

            await PublishAsync(publisher, start, 0, 30);
            Assert.Equal(30, await Eventually.EqualsAsync(30.0, () => StoredAsync(SamplePark.Id), Patience));
            Assert.Equal(90, await Eventually.EqualsAsync(90.0, () => StoredAsync(Other), Patience));
            Assert.True(await Eventually.TrueAsync(() => OpportunityOpenAsync(hoaKhanh).Result, Patience), hoaKhanh.Output);

            hiepPhuoc.Kill();
            await PublishAsync(publisher, start, 30, 30);

            Assert.Equal(180, await Eventually.EqualsAsync(180.0, () => StoredAsync(Other), Patience));
            Assert.True(await OpportunityOpenAsync(hoaKhanh), "the surviving park's opportunity closed when the other park's worker died");
            Assert.Equal(30, await StoredAsync(SamplePark.Id)); // nobody else took the killed worker's park
            Assert.Null(hoaKhanh.ExitCode);

            await hiepPhuoc.StartAsync();
            Assert.Equal(60, await Eventually.EqualsAsync(60.0, () => StoredAsync(SamplePark.Id), Patience));
            output.WriteLine($"{Other}: 180 readings stored while {SamplePark.Id}'s worker was killed; {SamplePark.Id}: 30 before, 60 after its restart");
            Assert.Empty(hiepPhuoc.UnexpectedErrors);
            Assert.Empty(hoaKhanh.UnexpectedErrors);
        }
        finally
        {
            hiepPhuoc.Kill();
            await hoaKhanh.StopAsync(TimeSpan.FromSeconds(30));
        }
    }

    /// <summary>One reading a second for each park from <paramref name="first"/>: grid power of both, and the Hoa Khanh steel mill's waste heat and the dyeing boiler's demand.</summary>
    private static async Task PublishAsync(TestPublisher publisher, DateTimeOffset start, int first, int count)
    {
        for (var second = first; second < first + count; second++)
        {
            var at = start.AddSeconds(second);
            await publisher.PublishRawAsync(Topics.Readings(SamplePark.Id, "dyeing-01"), Batch(new Reading("grid-power", at, 1000 + second, "kWh", ReadingKind.Counter)));
            await publisher.PublishRawAsync(Topics.Readings(Other, "steel-01"), Batch(
                new Reading("grid-power", at, 5000 + second, "kWh", ReadingKind.Counter), new Reading("cooling-heat", at, 1000, "kW", ReadingKind.Gauge)));
            await publisher.PublishRawAsync(Topics.Readings(Other, "garment-01"), Batch(new Reading("boiler-heat", at, 900, "kW", ReadingKind.Gauge)));
        }
    }

    private static byte[] Batch(params Reading[] readings) => ReadingBatchCodec.Encode(new ReadingBatch("scale-out-test", Ulid.NewUlid().ToString(), readings));

    private Task<double> StoredAsync(string park) => services.Influx.ScalarAsync($"SELECT count(\"value\") FROM \"reading\" WHERE \"park\" = '{park}'");

    /// <summary>Whether the worker's board (open opportunities only) holds the pair.</summary>
    private static async Task<bool> OpportunityOpenAsync(WorkerProcess worker)
    {
        using var http = WorkerSettings.OperatorClient();
        using var response = await http.GetAsync(new Uri(worker.Url, "/api/v1/opportunities"));
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.OK && body.Contains(Pair, StringComparison.Ordinal);
    }
}
