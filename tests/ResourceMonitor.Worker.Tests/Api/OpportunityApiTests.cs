using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ResourceMonitor.Worker.Api;
using ResourceMonitor.Worker.Symbiosis;
using ResourceMonitor.Worker.Tests.Symbiosis;

namespace ResourceMonitor.Worker.Tests.Api;

public sealed class OpportunityApiTests : IAsyncLifetime
{
    private readonly SymbiosisHarness _harness = new();
    private readonly HttpClient _http = new();
    private WebApplication _app = null!;

    public async Task InitializeAsync()
    {
        await _harness.RunAsync(6);
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Urls"] = "http://127.0.0.1:0";
        builder.Configuration["Api:Keys:0:Hash"] = ApiKeyHash.Of("park-secret");
        builder.Configuration["Api:Keys:1:Hash"] = ApiKeyHash.Of("dyeing-secret");
        builder.Configuration["Api:Keys:1:Plant"] = "dyeing-01";
        builder.Configuration["Api:Keys:2:Hash"] = ApiKeyHash.Of("paper-secret");
        builder.Configuration["Api:Keys:2:Plant"] = "paper-01";
        builder.Services.AddApiSecurity(builder.Configuration);
        builder.Services.AddSingleton(_harness.State);
        builder.Services.AddSingleton<TimeProvider>(_harness.Time);
        _app = builder.Build();
        _app.UseApiSecurity().MapSymbiosisEndpoints();
        await _app.StartAsync();
        _http.BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _http.Dispose();
        _harness.Dispose();
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string path, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task Without_a_known_key_the_api_answers_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/v1/opportunities", null)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/v1/opportunities", "guess")).Status);
    }

    [Fact]
    public async Task The_park_key_sees_every_opportunity_and_the_allocation()
    {
        var (status, body) = await GetAsync("/api/v1/opportunities", "park-secret");

        Assert.Equal(HttpStatusCode.OK, status);
        var opportunity = Assert.Single(body.GetProperty("opportunities").EnumerateArray());
        Assert.Equal("steel-waste-heat--dyeing-boiler-heat", opportunity.GetProperty("id").GetString());
        Assert.Equal("Nam Saigon Steel Rolling", opportunity.GetProperty("from").GetProperty("name").GetString());
        Assert.Equal(900, body.GetProperty("allocation").GetProperty("lines")[0].GetProperty("allocatedRate").GetDouble(), 3);
    }

    [Fact]
    public async Task A_plant_key_sees_only_what_concerns_its_plant()
    {
        var dyeing = await GetAsync("/api/v1/opportunities", "dyeing-secret");
        var paper = await GetAsync("/api/v1/opportunities", "paper-secret");

        Assert.Single(dyeing.Body.GetProperty("opportunities").EnumerateArray());
        Assert.Empty(paper.Body.GetProperty("opportunities").EnumerateArray());
        Assert.Empty(paper.Body.GetProperty("allocation").GetProperty("lines").EnumerateArray());
    }

    [Fact]
    public async Task An_opportunity_history_is_served_to_its_plants_and_hidden_from_others()
    {
        var history = await GetAsync("/api/v1/opportunities/steel-waste-heat--dyeing-boiler-heat/history", "dyeing-secret");
        var hidden = await GetAsync("/api/v1/opportunities/steel-waste-heat--dyeing-boiler-heat/history", "paper-secret");

        Assert.Equal(HttpStatusCode.OK, history.Status);
        Assert.Equal("opened", Assert.Single(history.Body.EnumerateArray()).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.NotFound, hidden.Status);
    }

    [Fact]
    public async Task The_park_key_gets_the_ranking_with_investment_payback_and_npv_and_a_plant_key_is_refused()
    {
        var (status, body) = await GetAsync("/api/v1/opportunities/ranking", "park-secret");
        var refused = await GetAsync("/api/v1/opportunities/ranking", "dyeing-secret");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0.1, body.GetProperty("discountRate").GetDouble(), 6);
        var exchange = Assert.Single(body.GetProperty("exchanges").EnumerateArray());
        Assert.Equal("steel-waste-heat--dyeing-boiler-heat", exchange.GetProperty("opportunityId").GetString());
        var distance = exchange.GetProperty("distanceMetres").GetDouble();
        var appraisal = exchange.GetProperty("appraisal");
        // The sample catalog's heat costs: 10 M VND per metre of pipe + 2 500 M of equipment.
        Assert.InRange(appraisal.GetProperty("investment").GetDouble(), (10e6 * (distance - 0.5)) + 2500e6, (10e6 * (distance + 0.5)) + 2500e6);
        // The pair delivered 900 kW the whole time it was observed: 900 × 8 760 kWh a year.
        Assert.Equal(900 * 8760, appraisal.GetProperty("annualQuantity").GetDouble(), 0);
        Assert.True(appraisal.GetProperty("simplePaybackYears").GetDouble() > 0);
        Assert.Equal(JsonValueKind.Number, appraisal.GetProperty("netPresentValue").ValueKind);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
    }
}
