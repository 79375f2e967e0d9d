using System.Net;
using System.Text;
using System.Text.Json;
using ResourceMonitor.Contracts;
using ResourceMonitor.IntegrationTests.Api;
using ResourceMonitor.IntegrationTests.Symbiosis;
using ResourceMonitor.IntegrationTests.Worker;
using Xunit.Abstractions;

namespace ResourceMonitor.IntegrationTests.Exchanges;

/// <summary>
/// The workflow over HTTP with park and plant keys, against the worker as a real process with a real Mosquitto: a third
/// plant cannot touch a pair, steps are validated, every change reaches the park's and both plants' MQTT alert topics and
/// the opportunity's retained state, survives a SIGKILL, and a licence gates "implemented".
/// </summary>
[Collection(WorkerTestCollection.Name)]
public sealed class ExchangeWorkflowEndToEndTests(WorkerBrokerAndInflux servers, ITestOutputHelper output) : IClassFixture<WorkerBrokerAndInflux>
{
    private const string HeatPair = "steel-waste-heat--dyeing-boiler-heat";
    private const string SludgePair = "paper-sludge--bricks-raw-material";

    [Fact]
    public async Task Park_and_plant_keys_take_an_opportunity_to_implemented_and_the_record_survives_a_SIGKILL()
    {
        var state = Directory.CreateTempSubdirectory("rm-exchange-workflow-");
        await using var watcher = await BrokerWatcher.ConnectAsync(servers.Broker, SamplePark.Id, $"rm/v1/{SamplePark.Id}/+/alerts", $"rm/v1/{SamplePark.Id}/+/opportunities/#");
        await using var publisher = await TestPublisher.ConnectAsync(servers.Broker);
        var settings = ApiKeys.Settings(
            ("Symbiosis:EvaluationInterval", "00:00:00.100"), ("Symbiosis:SmoothingWindow", "00:00:00.500"),
            ("Symbiosis:OpenAfter", "00:00:01"), ("Symbiosis:StaleAfter", "00:00:30"));
        using var worker = new WorkerProcess(servers.Broker, servers.Influx, state.FullName, overrides: settings);
        await worker.StartAsync();

        // paper-01 gives nothing to and takes nothing from steel → dyeing: the pair does not exist for its key.
        Assert.Equal(HttpStatusCode.NotFound, (await MoveAsync(worker, ApiKeys.Paper, HeatPair, "proposed")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await ApiResponse.WithKeyAsync(worker.Url, $"/api/v1/opportunities/{HeatPair}/workflow", ApiKeys.Paper)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await MoveAsync(worker, null, HeatPair, "proposed")).Status);

        var proposed = await MoveAsync(worker, ApiKeys.Dyeing, HeatPair, "proposed", "we burn gas for 90 °C water all day");
        Assert.Equal(HttpStatusCode.OK, proposed.Status);
        Assert.Equal("proposed", Stage(proposed.Body));
        AssertAnnounced(watcher, "proposed", ["rm/v1/hiep-phuoc/alerts", "rm/v1/hiep-phuoc/steel-01/alerts", "rm/v1/hiep-phuoc/dyeing-01/alerts"]);
        Assert.DoesNotContain(watcher.Messages, m => m.Topic == "rm/v1/hiep-phuoc/paper-01/alerts");

        var skipped = await MoveAsync(worker, ApiKeys.Park, HeatPair, "agreed");
        Assert.Equal(HttpStatusCode.Conflict, skipped.Status);
        Assert.Contains("the next stage is under-discussion", skipped.Detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await MoveAsync(worker, ApiKeys.Park, HeatPair, "built")).Status);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(worker, ApiKeys.Park, HeatPair, "under-discussion", "site visit 2026-12-08")).Status);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(worker, ApiKeys.Dyeing, HeatPair, "agreed", "term sheet signed")).Status);

        worker.Kill();
        await worker.StartAsync();

        var after = await ApiResponse.WithKeyAsync(worker.Url, $"/api/v1/opportunities/{HeatPair}/workflow", ApiKeys.Dyeing);
        Assert.Equal(HttpStatusCode.OK, after.Status);
        output.WriteLine(after.Body);
        using (var json = JsonDocument.Parse(after.Body))
        {
            Assert.Equal("agreed", json.RootElement.GetProperty("status").GetProperty("stage").GetString());
            Assert.Equal("implemented", json.RootElement.GetProperty("nextStage").GetString());
            var history = json.RootElement.GetProperty("history").EnumerateArray().Select(c => (c.GetProperty("to").GetString(), Who(c), c.GetProperty("reason").GetString())).ToList();
            Assert.Equal([("proposed", "dyeing-01", "we burn gas for 90 °C water all day"), ("under-discussion", "park-operator", "site visit 2026-12-08"), ("agreed", "dyeing-01", "term sheet signed")], history);
        }

        // The open opportunity carries its stage: on the API and in its retained MQTT state.
        await OpenHeatPairAsync(publisher, watcher);
        var board = await ApiResponse.WithKeyAsync(worker.Url, "/api/v1/opportunities", ApiKeys.Dyeing);
        Assert.Contains("\"stage\":\"agreed\"", board.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(worker, ApiKeys.Dyeing, HeatPair, "implemented", "commissioned")).Status);
        Assert.True(SpinWait.SpinUntil(
            () => watcher.Messages.Any(m => m.Topic == $"rm/v1/hiep-phuoc/dyeing-01/opportunities/{HeatPair}" && m.Payload.Contains("\"stage\":\"implemented\"", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(10)), "the plant's retained opportunity state does not show the implemented stage");

        await LicenceGatesImplementedAsync(worker);
        Assert.Empty(worker.UnexpectedErrors);
        state.Delete(recursive: true);
    }

    /// <summary>The sludge exchange needs a licence (catalog): only a granted, unexpired one recorded by the park lets it be implemented.</summary>
    private static async Task LicenceGatesImplementedAsync(WorkerProcess worker)
    {
        foreach (var stage in new[] { "proposed", "under-discussion", "agreed" })
        {
            Assert.Equal(HttpStatusCode.OK, (await MoveAsync(worker, ApiKeys.Paper, SludgePair, stage, "brick trials passed")).Status);
        }

        var blocked = await MoveAsync(worker, ApiKeys.Paper, SludgePair, "implemented");
        Assert.Equal(HttpStatusCode.Conflict, blocked.Status);
        Assert.Contains("needs a licence", blocked.Detail, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await RecordLicenceAsync(worker, ApiKeys.Paper, "granted", DateTimeOffset.UtcNow.AddYears(1))).Status);
        Assert.Equal(HttpStatusCode.OK, (await RecordLicenceAsync(worker, ApiKeys.Park, "granted", DateTimeOffset.UtcNow.AddDays(-1))).Status);
        var expired = await MoveAsync(worker, ApiKeys.Paper, SludgePair, "implemented");
        Assert.Equal(HttpStatusCode.Conflict, expired.Status);
        Assert.Contains("is expired", expired.Detail, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await RecordLicenceAsync(worker, ApiKeys.Park, "granted", DateTimeOffset.UtcNow.AddYears(1))).Status);
        var implemented = await MoveAsync(worker, ApiKeys.Paper, SludgePair, "implemented", "first truck 2027-01-04");
        Assert.Equal(HttpStatusCode.OK, implemented.Status);
        Assert.Contains("\"status\":\"granted\"", implemented.Body, StringComparison.Ordinal);

        var noReason = await MoveAsync(worker, ApiKeys.Park, SludgePair, "declined");
        Assert.Equal(HttpStatusCode.Conflict, noReason.Status);
        Assert.Contains("a decline needs a reason", noReason.Detail, StringComparison.Ordinal);
    }

    private async Task OpenHeatPairAsync(TestPublisher publisher, BrokerWatcher watcher)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
        while (DateTimeOffset.UtcNow < deadline)
        {
            var now = DateTimeOffset.UtcNow;
            await publisher.PublishAsync("steel-01", new ReadingBatch("e2e-steel", Ulid.NewUlid().ToString(), [new Reading("cooling-heat", now, 1200, "kW", ReadingKind.Gauge)]));
            await publisher.PublishAsync("dyeing-01", new ReadingBatch("e2e-dyeing", Ulid.NewUlid().ToString(), [new Reading("boiler-heat", now, 900, "kW", ReadingKind.Gauge)]));
            var state = watcher.Messages.LastOrDefault(m => m.Topic == $"rm/v1/hiep-phuoc/opportunities/{HeatPair}" && m.Payload.Length > 0);
            if (state is not null)
            {
                output.WriteLine(state.Payload);
                Assert.Contains("\"exchange\":{\"stage\":\"agreed\"", state.Payload, StringComparison.Ordinal);
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{HeatPair} did not open within 20 s");
    }

    private static void AssertAnnounced(BrokerWatcher watcher, string stage, string[] topics)
    {
        bool Seen(string topic) => watcher.Messages.Any(m => m.Topic == topic
            && m.Payload.Contains("\"type\":\"exchange_workflow\"", StringComparison.Ordinal) && m.Payload.Contains($"\"to\":\"{stage}\"", StringComparison.Ordinal));
        Assert.True(SpinWait.SpinUntil(() => topics.All(Seen), TimeSpan.FromSeconds(10)), $"not announced on {string.Join(", ", topics.Where(t => !Seen(t)))}");
    }

    /// <summary>The plant of a plant key, else the key's name.</summary>
    private static string? Who(JsonElement change) =>
        change.GetProperty("byPlant").GetString() ?? change.GetProperty("by").GetString();

    private static string? Stage(string body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("status").GetProperty("stage").GetString();
    }

    private static Task<ApiResponse> MoveAsync(WorkerProcess worker, string? key, string pair, string stage, string? reason = null) =>
        PostAsync(worker, key, $"/api/v1/opportunities/{pair}/workflow", JsonSerializer.Serialize(new { stage, reason }));

    private static Task<ApiResponse> RecordLicenceAsync(WorkerProcess worker, string key, string status, DateTimeOffset expires) =>
        PostAsync(worker, key, "/api/v1/licences", JsonSerializer.Serialize(new
        {
            wasteCode = "03 03 11", name = "hazardous waste treatment licence", status, expires, reference = "QD-2026-117",
        }));

    private static Task<ApiResponse> PostAsync(WorkerProcess worker, string? key, string path, string body) =>
        ApiResponse.SendAsync(worker.Url, HttpMethod.Post, path, r =>
        {
            if (key is not null)
            {
                r.Headers.Add("X-Api-Key", key);
            }

            r.Content = new StringContent(body, Encoding.UTF8, "application/json");
        });
}
