using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ResourceMonitor.IntegrationTests.Infrastructure;
using ResourceMonitor.IntegrationTests.Worker;
using ResourceMonitor.Worker.Api;

namespace ResourceMonitor.IntegrationTests.Api;

/// <summary>The HTTP API's rules through the real worker host: keys, scopes, /metrics, ProblemDetails, span limit, rate limit, signed links.</summary>
[Collection(WorkerTestCollection.Name)]
public sealed class HttpApiSecurityTests(WorkerBrokerAndInflux services) : IClassFixture<WorkerBrokerAndInflux>
{
    private const string Opportunities = "/api/v1/opportunities";
    private const string DyeingReport = "/api/reports/dyeing-01?from=2026-09-01&to=2026-10-01&format=csv";

    private Task<InProcessWorker> StartAsync(params (string Key, string? Value)[] more) =>
        InProcessWorker.StartAsync(services.Broker, services.Influx, ApiKeys.Settings(more));

    [Fact]
    public async Task Without_a_key_or_with_an_unknown_one_the_api_answers_401_problem_details_with_the_reason()
    {
        await using var worker = await StartAsync();

        var none = await ApiResponse.WithKeyAsync(worker.BaseAddress, Opportunities, null);
        var wrong = await ApiResponse.WithKeyAsync(worker.BaseAddress, Opportunities, ApiKeyHash.NewKey());
        var hashAsKey = await ApiResponse.WithKeyAsync(worker.BaseAddress, Opportunities, ApiKeyHash.Of(ApiKeys.Park));

        Assert.Equal(HttpStatusCode.Unauthorized, none.Status);
        Assert.Contains("X-Api-Key", none.Detail, StringComparison.Ordinal);
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.Status);
        Assert.Equal("The API key is not valid.", wrong.Detail);
        Assert.Equal(HttpStatusCode.Unauthorized, hashAsKey.Status);
    }

    [Fact]
    public async Task A_key_is_accepted_as_a_bearer_token_and_is_stored_only_as_its_hash()
    {
        await using var worker = await StartAsync();

        var bearer = await ApiResponse.SendAsync(worker.BaseAddress, HttpMethod.Get, Opportunities, r => r.Headers.Authorization = new("Bearer", ApiKeys.Park));
        var header = await ApiResponse.WithKeyAsync(worker.BaseAddress, Opportunities, ApiKeys.Dyeing);

        Assert.Equal(HttpStatusCode.OK, bearer.Status);
        Assert.Equal(HttpStatusCode.OK, header.Status);
        var configured = worker.Services.GetRequiredService<IOptions<ApiOptions>>().Value.Keys;
        Assert.DoesNotContain(configured, k => k.Hash.Contains(ApiKeys.Park, StringComparison.Ordinal) || k.Key is not null);
    }

    [Fact]
    public async Task A_plant_key_gets_403_on_another_plants_report_and_its_link()
    {
        await using var worker = await StartAsync();

        var report = await ApiResponse.WithKeyAsync(worker.BaseAddress, "/api/reports/paper-01?from=2026-09-01&to=2026-10-01", ApiKeys.Dyeing);
        var link = await ApiResponse.WithKeyAsync(worker.BaseAddress, "/api/reports/links?plant=paper-01", ApiKeys.Dyeing, HttpMethod.Post);
        var parkWideLink = await ApiResponse.WithKeyAsync(worker.BaseAddress, "/api/reports/links?plant=", ApiKeys.Dyeing, HttpMethod.Post);

        Assert.Equal(HttpStatusCode.Forbidden, report.Status);
        Assert.Equal("This key sees plant 'dyeing-01' only.", report.Detail);
        Assert.Equal(HttpStatusCode.Forbidden, link.Status);
        Assert.Equal(HttpStatusCode.OK, parkWideLink.Status); // an empty plant means the key's own plant
        Assert.Equal("dyeing-01", JsonDocument.Parse(parkWideLink.Body).RootElement.GetProperty("plant").GetString());
    }

    [Fact]
    public async Task Metrics_need_an_admin_key_while_health_stays_open()
    {
        await using var worker = await StartAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await ApiResponse.WithKeyAsync(worker.BaseAddress, "/metrics", null)).Status);
        var park = await ApiResponse.WithKeyAsync(worker.BaseAddress, "/metrics", ApiKeys.Park);
        Assert.Equal(HttpStatusCode.Forbidden, park.Status);
        Assert.Equal("This endpoint needs an admin key.", park.Detail);
        var admin = await ApiResponse.WithKeyAsync(worker.BaseAddress, "/metrics", ApiKeys.Admin);
        Assert.Equal(HttpStatusCode.OK, admin.Status);
        Assert.Contains("# TYPE rm_spool_batches gauge", admin.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await ApiResponse.WithKeyAsync(worker.BaseAddress, "/health/live", null)).Status);
    }

    [Fact]
    public async Task Metrics_are_open_when_the_operator_says_so()
    {
        await using var worker = await StartAsync(("Api:ProtectMetrics", "false"));

        Assert.Equal(HttpStatusCode.OK, (await ApiResponse.WithKeyAsync(worker.BaseAddress, "/metrics", null)).Status);
    }

    [Theory]
    [InlineData("from=1990-01-01&to=2200-01-01", "spans 76701 days")]
    [InlineData("from=2025-01-01&to=2026-06-01", "at most 366 days (Reports:MaxSpan)")]
    [InlineData("from=0001-01-01&to=0001-01-05", "'from' must lie between 1970-01-01 and 2200-01-01")]
    [InlineData("from=2026-01-01&to=9999-12-31", "'to' must lie between")]
    [InlineData("from=2026-09-01&to=2026-10-01&baselineFrom=2020-01-01", "'baselineFrom'..'baselineTo' spans")]
    public async Task Extreme_or_too_long_periods_get_400_with_the_reason(string query, string reason)
    {
        await using var worker = await StartAsync();

        var response = await ApiResponse.WithKeyAsync(worker.BaseAddress, $"/api/reports/dyeing-01?{query}", ApiKeys.Park);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(reason, response.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_requests_beyond_the_rate_limit_get_429_with_retry_after_and_other_keys_are_not_held_up()
    {
        await using var worker = await StartAsync(("Api:ReportsPerWindow", "3"), ("Api:ReportWindow", "01:00:00"));
        const string Cheap = "/api/reports/dyeing-01?from=x";

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add((await ApiResponse.WithKeyAsync(worker.BaseAddress, Cheap, ApiKeys.Dyeing)).Status);
        }

        var refused = await ApiResponse.WithKeyAsync(worker.BaseAddress, Cheap, ApiKeys.Dyeing);
        var link = await ApiResponse.WithKeyAsync(worker.BaseAddress, "/api/reports/links", ApiKeys.Dyeing, HttpMethod.Post);
        var otherKey = await ApiResponse.WithKeyAsync(worker.BaseAddress, Cheap, ApiKeys.Park);

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.BadRequest, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Contains("At most 3 report requests", refused.Detail, StringComparison.Ordinal);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.True(retryAfter is { } wait && wait > TimeSpan.FromMinutes(50) && wait <= TimeSpan.FromHours(1), $"Retry-After: {refused.Headers.RetryAfter}");
        Assert.Equal(HttpStatusCode.TooManyRequests, link.Status);
        Assert.Equal(HttpStatusCode.BadRequest, otherKey.Status);
    }

    [Fact]
    public async Task An_unreachable_store_gives_502_problem_details_without_its_address()
    {
        var closedPort = FreePort.Next();
        await using var worker = await StartAsync(
            ("Storage:Url", $"http://127.0.0.1:{closedPort}"), ("Storage:RequireInfluxAtStart", "false"), ("Reports:Series:Enabled", "false"), ("Baselines:Enabled", "false"));

        var response = await ApiResponse.WithKeyAsync(worker.BaseAddress, DyeingReport, ApiKeys.Park);

        Assert.Equal(HttpStatusCode.BadGateway, response.Status);
        Assert.Equal("The report's data could not be read from the time-series store; try again later.", response.Detail);
        Assert.DoesNotContain("127.0.0.1", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(closedPort.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_link_opens_its_plants_report_without_a_key()
    {
        await using var worker = await StartAsync();
        var created = await ApiResponse.WithKeyAsync(worker.BaseAddress, "/api/reports/links?lifetime=00:30:00", ApiKeys.Dyeing, HttpMethod.Post);
        Assert.Equal(HttpStatusCode.OK, created.Status);
        var token = JsonDocument.Parse(created.Body).RootElement.GetProperty("token").GetString()!;

        var browser = await ApiResponse.WithKeyAsync(worker.BaseAddress, $"{DyeingReport}&token={token}", null);
        var otherPlant = await ApiResponse.WithKeyAsync(worker.BaseAddress, $"/api/reports/paper-01?from=2026-09-01&to=2026-10-01&token={token}", null);
        var elsewhere = await ApiResponse.WithKeyAsync(worker.BaseAddress, $"{Opportunities}?token={token}", null);
        var tooLong = await ApiResponse.WithKeyAsync(worker.BaseAddress, "/api/reports/links?lifetime=2.00:00:00", ApiKeys.Dyeing, HttpMethod.Post);

        Assert.True(browser.Status == HttpStatusCode.OK, browser.Body);
        Assert.Equal("text/csv", browser.MediaType);
        Assert.StartsWith("resource,phase,period_start", browser.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, otherPlant.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, elsewhere.Status);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.Status);
    }

    [Fact]
    public async Task Forged_and_expired_links_get_401_with_the_reason()
    {
        await using var worker = await StartAsync();
        var signer = new ReportLinkSigner(Options.Create(new ApiOptions { ReportLinkSigningKey = ApiKeys.LinkSigningKey }), new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-2)));
        var expired = signer.Create("dyeing-01", TimeSpan.FromHours(1)).Token;
        var valid = new ReportLinkSigner(Options.Create(new ApiOptions { ReportLinkSigningKey = ApiKeys.LinkSigningKey }), TimeProvider.System).Create("dyeing-01", TimeSpan.FromHours(1)).Token;
        var forgedPlant = valid.Replace("dyeing-01", "paper-01", StringComparison.Ordinal);
        var forgedParkWide = "~" + valid[valid.IndexOf('.', StringComparison.Ordinal)..];
        var otherKey = new ReportLinkSigner(Options.Create(new ApiOptions()), TimeProvider.System).Create("dyeing-01", TimeSpan.FromHours(1)).Token;

        var answers = new Dictionary<string, ApiResponse>();
        foreach (var (name, token) in new[] { ("expired", expired), ("plant", forgedPlant), ("park", forgedParkWide), ("key", otherKey), ("garbage", "abc") })
        {
            var plant = name == "plant" ? "paper-01" : "dyeing-01";
            answers[name] = await ApiResponse.WithKeyAsync(worker.BaseAddress, $"/api/reports/{plant}?from=2026-09-01&to=2026-10-01&token={Uri.EscapeDataString(token)}", null);
        }

        var accepted = await ApiResponse.WithKeyAsync(worker.BaseAddress, $"{DyeingReport}&token={valid}", null);

        Assert.All(answers.Values, a => Assert.Equal(HttpStatusCode.Unauthorized, a.Status));
        Assert.StartsWith("The report link expired at", answers["expired"].Detail, StringComparison.Ordinal);
        Assert.Equal("The report link's signature is not valid.", answers["plant"].Detail);
        Assert.Equal("The report link's signature is not valid.", answers["park"].Detail);
        Assert.Equal("The report link's signature is not valid.", answers["key"].Detail);
        Assert.Equal("The report link's token is malformed.", answers["garbage"].Detail);
        Assert.Equal(HttpStatusCode.OK, accepted.Status);
    }

    [Fact]
    public async Task Every_report_link_of_the_grafana_dashboards_opens_in_a_browser_with_the_dashboards_token()
    {
        await using var worker = await StartAsync();
        var created = await ApiResponse.WithKeyAsync(worker.BaseAddress, "/api/reports/links", ApiKeys.Park, HttpMethod.Post);
        var token = JsonDocument.Parse(created.Body).RootElement.GetProperty("token").GetString()!;
        var templates = GrafanaReportLinks.Templates();

        Assert.Equal(4, templates.Count); // the status table's data link and the HTML, CSV and JSON links
        foreach (var template in templates)
        {
            var link = GrafanaReportLinks.Resolve(template, worker.BaseAddress, token);
            var withToken = await ApiResponse.WithKeyAsync(new Uri(link), string.Empty, null);
            var withoutToken = await ApiResponse.WithKeyAsync(new Uri(link.Replace(Uri.EscapeDataString(token), string.Empty, StringComparison.Ordinal)), string.Empty, null);

            Assert.True(withToken.Status == HttpStatusCode.OK, $"{template} → {link}: {(int)withToken.Status} {withToken.Body}");
            Assert.Equal(HttpStatusCode.Unauthorized, withoutToken.Status);
        }
    }

    [Fact]
    public async Task Unknown_routes_and_methods_answer_problem_details()
    {
        await using var worker = await StartAsync();

        var missing = await ApiResponse.WithKeyAsync(worker.BaseAddress, "/api/v1/nothing-here", ApiKeys.Park);

        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal("application/problem+json", missing.MediaType);
    }
}
