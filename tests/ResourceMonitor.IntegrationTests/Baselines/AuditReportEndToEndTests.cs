using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Worker.Catalog;
using ResourceMonitor.IntegrationTests.Infrastructure;
using ResourceMonitor.Worker.Api;
using ResourceMonitor.Worker.Reports;

namespace ResourceMonitor.IntegrationTests.Baselines;

public sealed partial class AuditReportEndToEndTests(InfluxFixture fixture) : IClassFixture<InfluxFixture>, IAsyncLifetime
{
    private static readonly DateOnly BaselineFrom = new(2026, 6, 1);
    private static readonly DateOnly ReportingFrom = new(2026, 9, 1);
    private static readonly DateOnly ReportingTo = new(2026, 10, 1);
    private readonly PlantDataGenerator _data = PlantDataGenerator.Create(BaselineFrom, ReportingFrom, ReportingTo, seed: 42);
    private readonly string _plantKey = Guid.NewGuid().ToString("N");
    private readonly string _otherPlantKey = Guid.NewGuid().ToString("N");
    private readonly string _parkKey = Guid.NewGuid().ToString("N");
    private WebApplication? _app;
    private HttpClient? _http;

    public async Task InitializeAsync()
    {
        using (var client = fixture.Influx.CreateClient())
        {
            var write = client.GetWriteApiAsync();
            await write.WritePointsAsync(PlantDataGenerator.Opportunities().ToList(), fixture.Influx.Bucket, fixture.Influx.Organization);
            foreach (var chunk in _data.Points.Chunk(5_000))
            {
                await write.WritePointsAsync(chunk.ToList(), fixture.Influx.Bucket, fixture.Influx.Organization);
            }
        }

        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Url"] = fixture.Influx.Url.ToString(),
            ["Storage:Bucket"] = fixture.Influx.Bucket,
            ["Reports:MinBaselineDays"] = "90", // the generated history has 92 baseline days, not CalTRACK's 365
            ["Storage:Token"] = fixture.Influx.Token,
            ["Api:Keys:0:Hash"] = ApiKeyHash.Of(_plantKey),
            ["Api:Keys:0:Plant"] = PlantDataGenerator.Plant,
            ["Api:Keys:1:Hash"] = ApiKeyHash.Of(_otherPlantKey),
            ["Api:Keys:1:Plant"] = "paper-01",
            ["Api:Keys:2:Hash"] = ApiKeyHash.Of(_parkKey),
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton(TimeProvider.System);
        // The registry the worker's reports read (its primary park), and the plain catalog other services still take.
        var catalog = ParkCatalogLoader.LoadFile(RepositoryFiles.Path("catalog/hiep-phuoc.json"));
        builder.Services.AddSingleton(new ParkCatalogs(catalog));
        builder.Services.AddSingleton(catalog);
        builder.AddReports();
        _app = builder.Build();
        _app.UseApiSecurity().MapReports();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(2) };
        _http.DefaultRequestHeaders.Add("X-Api-Key", _plantKey);
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_json_report_totals_equal_the_sums_of_the_written_usage_and_the_baseline_recovers_the_plant()
    {
        using var json = JsonDocument.Parse(await GetAsync("json"));
        var root = json.RootElement;

        var totals = root.GetProperty("totals").EnumerateArray().ToDictionary(t => t.GetProperty("resource").GetString()!, t => t.GetProperty("total").GetDouble());
        Assert.Equal(_data.ReportingTotals.Keys.Order(), totals.Keys.Order());
        var units = root.GetProperty("totals").EnumerateArray().ToDictionary(t => t.GetProperty("resource").GetString()!, t => t.GetProperty("unit").GetString());
        Assert.Equal("kg", units["production"]); // the catalog's fabric meter counts kg, not pieces
        Assert.Equal("kWh", units["electricity"]);
        foreach (var (resource, written) in _data.ReportingTotals)
        {
            Assert.True(Math.Abs(totals[resource] - written) <= 1e-9 * written, $"{resource}: report {totals[resource]:R}, written {written:R}");
        }

        Assert.Equal(PlantDataGenerator.Park, root.GetProperty("park").GetString());
        Assert.Equal(["electricity", "water"], root.GetProperty("baselines").EnumerateArray().Select(b => b.GetProperty("resource").GetString()));
        var electricity = root.GetProperty("baselines").EnumerateArray().Single(b => b.GetProperty("resource").GetString() == "electricity");
        var model = electricity.GetProperty("model");
        var coefficients = model.GetProperty("coefficients").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("estimate").GetDouble());
        Assert.InRange(coefficients["production"], 2.5 * 0.93, 2.5 * 1.07);
        Assert.InRange(coefficients["cdd"], 40 * 0.75, 40 * 1.25);
        Assert.Equal(92, model.GetProperty("observations").GetInt32());
        Assert.True(model.GetProperty("rSquared").GetDouble() > 0.9);
        Assert.True(model.GetProperty("meetsAshrae14").GetBoolean());
        var savings = electricity.GetProperty("savings");
        Assert.InRange(savings.GetProperty("savingsPercent").GetDouble(), 8, 12);
        Assert.Equal(30, savings.GetProperty("points").GetArrayLength());
        Assert.Equal(_data.ReportingTotals["electricity"], savings.GetProperty("totalActual").GetDouble(), 6);
        var symbiosis = root.GetProperty("symbiosis");
        Assert.True(symbiosis.GetProperty("available").GetBoolean());
        var opportunity = Assert.Single(symbiosis.GetProperty("opportunities").EnumerateArray().ToList());
        Assert.Equal("effluent-offer--paper-water", opportunity.GetProperty("opportunity").GetString());
        Assert.Equal(2, opportunity.GetProperty("alerts").GetInt32());
        Assert.Equal(300, opportunity.GetProperty("quantity").GetDouble(), 9);
        Assert.Equal(300 * 18500, opportunity.GetProperty("money").GetDouble(), 6);
    }

    [Fact]
    public async Task The_csv_report_has_one_row_per_baseline_and_reporting_day_per_resource_and_is_streamed()
    {
        var query = $"/api/reports/{PlantDataGenerator.Plant}?from={ReportingFrom:yyyy-MM-dd}&to={ReportingTo:yyyy-MM-dd}&baselineFrom={BaselineFrom:yyyy-MM-dd}&baselineTo={ReportingFrom:yyyy-MM-dd}&format=csv";
        using var response = await _http!.GetAsync(new Uri(query, UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.TransferEncodingChunked, "the CSV was not sent chunked: it was rendered whole first"); // rows written as made

        Assert.Equal(ReportCsv.Header, lines[0]);
        Assert.Equal(92, lines.Count(l => l.StartsWith("electricity,baseline,", StringComparison.Ordinal)));
        Assert.Equal(30, lines.Count(l => l.StartsWith("electricity,reporting,", StringComparison.Ordinal)));
        var reportingSum = lines.Where(l => l.StartsWith("water,reporting,", StringComparison.Ordinal))
            .Sum(l => double.Parse(l.Split(',')[3], CultureInfo.InvariantCulture));
        Assert.Equal(_data.ReportingTotals["water"], reportingSum, 6);
    }

    [Fact]
    public async Task The_html_report_renders_in_headless_chromium_with_its_charts()
    {
        var html = await GetAsync("html");
        var directory = Directory.CreateTempSubdirectory("rm-report-");
        try
        {
            var page = Path.Combine(directory.FullName, "report.html");
            var screenshot = Path.Combine(directory.FullName, "report.png");
            await File.WriteAllTextAsync(page, html);

            var (dom, log) = await HeadlessChromium.RenderAsync(page, screenshot);

            Assert.Contains("<table id=\"summary\"", dom, StringComparison.Ordinal);
            Assert.Contains("<table id=\"symbiosis\"", dom, StringComparison.Ordinal);
            var charts = ChartFigure().Matches(dom).Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(["actual-vs-baseline", "cusum", "enpi", "actual-vs-baseline", "cusum", "enpi"], charts);
            Assert.Equal(6, SvgElement().Count(dom));
            Assert.DoesNotContain("Uncaught", log, StringComparison.Ordinal);
            Assert.DoesNotContain("CONSOLE", log, StringComparison.Ordinal);
            Assert.True(new FileInfo(screenshot).Length > 20_000, "the screenshot is nearly empty");
            var keep = Environment.GetEnvironmentVariable("RM_REPORT_SCREENSHOT");
            if (!string.IsNullOrEmpty(keep))
            {
                File.Copy(screenshot, keep, overwrite: true);
                File.Copy(page, Path.ChangeExtension(keep, ".html"), overwrite: true);
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_report_command_writes_the_html_page_to_a_file()
    {
        var directory = Directory.CreateTempSubdirectory("rm-report-cli-");
        try
        {
            var path = Path.Combine(directory.FullName, "dyeing.html");
            using var output = new StringWriter();
            using var errors = new StringWriter();

            var exitCode = await ReportCommand.RunAsync(
                ["report", "--plant", PlantDataGenerator.Plant, "--from", "2026-09-01", "--to", "2026-10-01", "--baselineFrom", "2026-06-01",
                    "--format", "html", "--out", path, $"--Storage:Url={fixture.Influx.Url}", $"--Storage:Bucket={fixture.Influx.Bucket}", "--Reports:MinBaselineDays=90", $"--Catalog:Path={RepositoryFiles.Path("catalog/hiep-phuoc.json")}"],
                output,
                errors);

            Assert.True(exitCode == 0, errors.ToString());
            var html = await File.ReadAllTextAsync(path);
            Assert.Equal(6, SvgElement().Count(html));
            Assert.Contains(_data.ReportingTotals["electricity"].ToString("#,0.##", CultureInfo.InvariantCulture), html, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_plant_outside_the_catalog_is_answered_404()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/reports/no-such-plant?from=2026-09-01&to=2026-10-01", UriKind.Relative));
        request.Headers.Add("X-Api-Key", _parkKey);

        using var response = await _http!.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_request_without_dates_is_answered_400_with_the_reason()
    {
        using var response = await _http!.GetAsync(new Uri($"/api/reports/{PlantDataGenerator.Plant}?format=json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'from' must be a date", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("not-a-key", HttpStatusCode.Unauthorized)]
    [InlineData("other-plant", HttpStatusCode.Forbidden)]
    public async Task A_report_needs_a_key_of_its_own_plant(string? key, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/reports/{PlantDataGenerator.Plant}?from=2026-09-01&to=2026-10-01", UriKind.Relative));
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key == "other-plant" ? _otherPlantKey : key);
        }

        using var anonymous = new HttpClient { BaseAddress = _http!.BaseAddress };
        using var response = await anonymous.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    private async Task<string> GetAsync(string format)
    {
        var query = $"/api/reports/{PlantDataGenerator.Plant}?from={ReportingFrom:yyyy-MM-dd}&to={ReportingTo:yyyy-MM-dd}&baselineFrom={BaselineFrom:yyyy-MM-dd}&baselineTo={ReportingFrom:yyyy-MM-dd}&format={format}";
        using var response = await _http!.GetAsync(new Uri(query, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}\n{fixture.Influx.Log}");
        return body;
    }

    [GeneratedRegex("<figure class=\"chart\" data-chart=\"([a-z-]+)\"><svg")]
    private static partial Regex ChartFigure();

    [GeneratedRegex("<svg[ >]")]
    private static partial Regex SvgElement();
}
