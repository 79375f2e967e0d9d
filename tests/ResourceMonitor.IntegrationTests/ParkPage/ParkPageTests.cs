using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ResourceMonitor.IntegrationTests.Api;
using ResourceMonitor.IntegrationTests.Infrastructure;
using ResourceMonitor.IntegrationTests.Worker;
using Xunit.Abstractions;

namespace ResourceMonitor.IntegrationTests.ParkPage;

/// <summary>
/// The live park page against real Mosquitto and InfluxDB with the worker in-process: its event stream over real HTTP with
/// each key's scope, and the page itself in headless Chromium showing an opportunity raised during the test.
/// </summary>
[Collection(WorkerTestCollection.Name)]
public sealed class ParkPageTests(WorkerBrokerAndInflux servers, ITestOutputHelper output) : IClassFixture<WorkerBrokerAndInflux>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Event_stream_shows_the_park_key_everything_and_a_plant_key_only_what_concerns_its_plant()
    {
        await using var worker = await StartWorkerAsync();
        var (anonymous, _) = await ParkEventStream.TryOpenAsync(worker.BaseAddress);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous);
        await using var park = await ParkEventStream.OpenAsync(worker.BaseAddress, key: ApiKeys.Park);
        Assert.Equal("text/event-stream", park.ContentType);
        using (var first = await park.NextAsync(Patience))
        {
            Assert.Equal("park", first.RootElement.GetProperty("scope").GetString());
            Assert.Equal(SampleParkPlants(), Ids(first.RootElement.GetProperty("plants")));
        }

        await using var dyeing = await ParkEventStream.OpenAsync(worker.BaseAddress, token: await LinkTokenAsync(worker, ApiKeys.Dyeing));
        await using var paper = await ParkEventStream.OpenAsync(worker.BaseAddress, key: ApiKeys.Paper);
        await using var publisher = new HeatSurplusPublisher(servers.Broker);
        publisher.Start();

        using var parkView = await park.UntilAsync(HasOpportunity, Patience) ?? throw new TimeoutException("the park key's stream never showed the opportunity");
        var opportunity = parkView.RootElement.GetProperty("opportunities").EnumerateArray().Single(o => o.GetProperty("id").GetString() == HeatSurplusPublisher.Pair);
        Assert.Equal(("steel-01", "dyeing-01", "heat", "permitted"), (Text(opportunity, "from"), Text(opportunity, "to"), Text(opportunity, "resource"), Text(opportunity, "legalStanding")));
        Assert.InRange(opportunity.GetProperty("allocatedRate").GetDouble(), 1, 900);
        Assert.True(opportunity.GetProperty("valuePerHour").GetDouble() > 0, opportunity.ToString());
        Assert.NotNull(parkView.RootElement.GetProperty("health").GetProperty("description").GetString());

        using var dyeingView = await dyeing.UntilAsync(v => HasOpportunity(v) && HasAlert(v), Patience) ?? throw new TimeoutException("the dyeing key's stream never showed the opportunity and its alert");
        var root = dyeingView.RootElement;
        Assert.Equal("dyeing-01", root.GetProperty("scope").GetString());
        Assert.Equal(["dyeing-01", "steel-01"], Ids(root.GetProperty("plants")));
        var steel = Plant(root, "steel-01");
        Assert.False(steel.GetProperty("visible").GetBoolean());
        Assert.Equal(JsonValueKind.Null, steel.GetProperty("agent").ValueKind);
        Assert.Empty(steel.GetProperty("flows").EnumerateArray());
        var boiler = Plant(root, "dyeing-01").GetProperty("flows").EnumerateArray().Single(f => Text(f, "resource") == "heat" && Text(f, "role") == "intake");
        Assert.Equal((900.0, "kW"), (boiler.GetProperty("rate").GetDouble(), Text(boiler, "unit")));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("health").GetProperty("description").ValueKind);

        // The paper mill is not part of the exchange: it sees its own plant and nothing of the steel mill or the dyeing plant.
        using var paperView = await paper.NextAsync(Patience);
        Assert.Equal(["paper-01"], Ids(paperView.RootElement.GetProperty("plants")));
        Assert.Empty(paperView.RootElement.GetProperty("opportunities").EnumerateArray());
        Assert.Empty(paperView.RootElement.GetProperty("alerts").EnumerateArray());
        Assert.DoesNotContain("steel", paperView.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Park_page_in_Chromium_shows_the_sample_park_and_an_opportunity_raised_during_the_test()
    {
        await using var worker = await StartWorkerAsync();
        await using var publisher = new HeatSurplusPublisher(servers.Broker);
        foreach (var plant in SampleParkPlants())
        {
            await publisher.StatusAsync(plant, plant == "food-01" ? "offline" : "online");
        }

        var token = await LinkTokenAsync(worker, ApiKeys.Park);
        await using var page = await ChromiumPage.OpenAsync(new Uri(worker.BaseAddress, $"/park?token={Uri.EscapeDataString(token)}"));
        var loaded = await page.WaitForAsync($"document.querySelectorAll('#map [data-plant]').length === {SampleParkPlants().Count}", Patience);
        Assert.True(loaded is not null, "the page never drew the sample park's plants: " + page.Log);
        var names = (await page.EvaluateAsync("Array.from(document.querySelectorAll('#map [data-plant] text:first-of-type')).map(t => t.textContent).join('|')"))!.GetValue<string>();
        Assert.Contains("Nam Saigon Steel Rolling", names, StringComparison.Ordinal);
        Assert.Contains("Phuoc Long Textile Dyeing", names, StringComparison.Ordinal);
        Assert.Equal("", (await page.EvaluateAsync("location.search"))!.GetValue<string>());
        Assert.Equal(0, (await page.EvaluateAsync($"document.querySelectorAll('[data-opportunity=\"{HeatSurplusPublisher.Pair}\"]').length"))!.GetValue<int>());

        publisher.Start();
        var shown = await page.WaitForAsync($"document.querySelector('#map [data-opportunity=\"{HeatSurplusPublisher.Pair}\"]') !== null && document.querySelector('#opportunities tr[data-opportunity=\"{HeatSurplusPublisher.Pair}\"]') !== null", Patience);
        Assert.True(shown is not null, "the opportunity never appeared on the page: " + page.Log);
        var seenAt = DateTimeOffset.UtcNow;
        var openedAt = await OpenedAtAsync(worker);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"opportunity opened at {openedAt:O}, on the page {(seenAt - openedAt).TotalMilliseconds:0} ms later; {shown.Value.TotalSeconds:0.0} s after the first reading (Symbiosis:OpenAfter 1 s)"));
        var row = (await page.EvaluateAsync($"document.querySelector('#opportunities tr[data-opportunity=\"{HeatSurplusPublisher.Pair}\"]').textContent"))!.GetValue<string>();
        Assert.Contains("permitted", row, StringComparison.Ordinal);
        Assert.Contains("VND/h", row, StringComparison.Ordinal);
        var offline = await page.WaitForAsync("document.querySelector('#map [data-plant=\"food-01\"]').classList.contains('offline')", Patience);
        Assert.True(offline is not null, "the food plant's offline agent is not shown");

        var png = await page.ScreenshotAsync();
        Assert.True(png.Length > 20_000, "the screenshot is nearly empty");
        if (Environment.GetEnvironmentVariable("RM_PARK_SCREENSHOT") is { Length: > 0 } keep)
        {
            await File.WriteAllBytesAsync(keep, png);
        }
    }

    private async Task<InProcessWorker> StartWorkerAsync()
    {
        await servers.ResetDatabaseAsync();
        return await InProcessWorker.StartAsync(servers.Broker, servers.Influx, ApiKeys.Settings(
            ("Symbiosis:EvaluationInterval", "00:00:00.100"),
            ("Symbiosis:SmoothingWindow", "00:00:00.500"),
            ("Symbiosis:OpenAfter", "00:00:01"),
            ("Symbiosis:CloseAfter", "00:00:00.500"),
            ("Symbiosis:StaleAfter", "00:00:30"),
            ("ParkPage:PushInterval", "00:00:00.200")));
    }

    private static async Task<string> LinkTokenAsync(InProcessWorker worker, string key)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(worker.BaseAddress, "/api/reports/links"));
        request.Headers.Add("X-Api-Key", key);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    private static async Task<DateTimeOffset> OpenedAtAsync(InProcessWorker worker)
    {
        var (_, body) = await worker.GetAsync("/api/v1/park");
        using var view = JsonDocument.Parse(body);
        return view.RootElement.GetProperty("opportunities").EnumerateArray()
            .Single(o => o.GetProperty("id").GetString() == HeatSurplusPublisher.Pair).GetProperty("openedAt").GetDateTimeOffset();
    }

    private static List<string> SampleParkPlants() =>
        [.. Domain.Catalog.ParkCatalogLoader.LoadFile(SamplePark.CatalogPath).Plants.Select(p => p.Id).Order(StringComparer.Ordinal)];

    private static bool HasOpportunity(JsonElement view) =>
        view.GetProperty("opportunities").EnumerateArray().Any(o => o.GetProperty("id").GetString() == HeatSurplusPublisher.Pair);

    private static bool HasAlert(JsonElement view) =>
        view.GetProperty("alerts").EnumerateArray().Any(a => a.GetProperty("opportunity").GetString() == HeatSurplusPublisher.Pair);

    private static List<string> Ids(JsonElement plants) => [.. plants.EnumerateArray().Select(p => p.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];

    private static JsonElement Plant(JsonElement view, string id) => view.GetProperty("plants").EnumerateArray().Single(p => p.GetProperty("id").GetString() == id);

    private static string? Text(JsonElement element, string property) => element.GetProperty(property).GetString();
}
