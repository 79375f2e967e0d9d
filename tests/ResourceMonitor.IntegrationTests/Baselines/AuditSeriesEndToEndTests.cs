using ResourceMonitor.Domain.Baselines.Sufficiency;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResourceMonitor.Domain.Baselines.Regression;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Worker.Catalog;
using ResourceMonitor.IntegrationTests.Infrastructure;
using ResourceMonitor.IntegrationTests.Worker;
using ResourceMonitor.Worker.Reports;
using ResourceMonitor.Worker.Reports.Series;
using ResourceMonitor.Worker.Storage;
using Xunit.Abstractions;

namespace ResourceMonitor.IntegrationTests.Baselines;

/// <summary>
/// The audit series service in a host with the worker's real storage and reports against real InfluxDB: the dyeing
/// plant's 122 generated days (<see cref="PlantDataGenerator"/>) and three days of a second plant, too few for a model.
/// The stored <c>baseline_savings</c> and <c>baseline_model</c> points carry the numbers of the report's JSON.
/// </summary>
public sealed class AuditSeriesEndToEndTests(InfluxFixture fixture, ITestOutputHelper output) : IClassFixture<InfluxFixture>, IAsyncLifetime
{
    private const string ShortPlant = "food-01";
    private static readonly DateOnly BaselineFrom = new(2026, 6, 1);
    private static readonly DateOnly BaselineTo = new(2026, 9, 1);
    private static readonly ReportPeriod Reporting = new(BaselineTo, new DateOnly(2026, 10, 1));
    private static readonly TimeZoneInfo Saigon = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
    private readonly DirectoryInfo _spool = Directory.CreateTempSubdirectory("rm-series-spool-");
    private WebApplication? _app;

    public async Task InitializeAsync()
    {
        var data = PlantDataGenerator.Create(BaselineFrom, Reporting.From, Reporting.To, seed: 7);
        using (var client = fixture.Influx.CreateClient())
        {
            var write = client.GetWriteApiAsync();
            foreach (var chunk in data.Points.Concat(ShortPlantUsage()).Chunk(5_000))
            {
                await write.WritePointsAsync(chunk.ToList(), fixture.Influx.Bucket, fixture.Influx.Organization);
            }
        }

        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Storage:Url"] = fixture.Influx.Url.ToString(),
            ["Storage:Bucket"] = fixture.Influx.Bucket,
            ["Storage:Organization"] = fixture.Influx.Organization,
            ["Storage:Token"] = fixture.Influx.Token,
            ["Storage:SpoolDirectory"] = _spool.FullName,
            ["Reports:Series:BaselineFrom"] = "2026-06-01",
            ["Reports:Series:BaselineTo"] = "2026-09-01",
            ["Reports:Series:MaxReportingDays"] = "30",
            ["Reports:MinBaselineDays"] = "90", // the generated history has 92 baseline days, not CalTRACK's 365
            ["Reports:Series:StartDelay"] = "00:00:00",
        });
        builder.Services.AddSingleton(TimeProvider.System);
        // The registry the worker's reports read (its primary park), and the plain catalog other services still take.
        var catalog = ParkCatalogLoader.LoadFile(RepositoryFiles.Path("catalog/hiep-phuoc.json"));
        builder.Services.AddSingleton(new ParkCatalogs(catalog));
        builder.Services.AddSingleton(catalog);
        builder.AddStorage().AddReports().AddAuditSeries();
        _app = builder.Build();
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _spool.Delete(recursive: true);
    }

    [Fact]
    public async Task The_series_service_stores_each_reporting_day_and_model_with_the_numbers_of_the_reports_json()
    {
        Assert.True(await StoredAsync(), $"the series never arrived\n{fixture.Influx.Log}");
        using var json = JsonDocument.Parse(ReportJson.Render(await ReportAsync(PlantDataGenerator.Plant)));

        foreach (var baseline in json.RootElement.GetProperty("baselines").EnumerateArray())
        {
            var resource = baseline.GetProperty("resource").GetString()!;
            var expected = baseline.GetProperty("savings").GetProperty("points").EnumerateArray().ToList();
            var stored = await RowsAsync($"SELECT * FROM \"baseline_savings\" WHERE \"plant\" = '{PlantDataGenerator.Plant}' AND \"resource\" = '{resource}'");
            Assert.Equal(30, expected.Count);
            Assert.Equal(expected.Count, stored.Count);
            foreach (var (day, row) in expected.Zip(stored))
            {
                var start = DateOnly.ParseExact(day.GetProperty("periodStart").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                Assert.Equal(PlantDataLoader.StartOf(start, Saigon).ToUnixTimeMilliseconds(), Convert.ToInt64(row["time"], CultureInfo.InvariantCulture));
                Assert.Equal(PlantDataGenerator.Park, row["park"]);
                foreach (var (field, property) in SavingsFields)
                {
                    AssertSame(day.GetProperty(property).GetDouble(), row[field], $"{resource} {start} {field}");
                }
            }

            var model = baseline.GetProperty("model");
            var modelRow = Assert.Single(await RowsAsync($"SELECT * FROM \"baseline_model\" WHERE \"plant\" = '{PlantDataGenerator.Plant}' AND \"resource\" = '{resource}' ORDER BY time DESC LIMIT 1"));
            Assert.Equal(Reporting.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), modelRow["reporting_to"]);
            AssertSame(model.GetProperty("rSquared").GetDouble(), modelRow["r2"], "r2");
            AssertSame(model.GetProperty("adjustedRSquared").GetDouble(), modelRow["adj_r2"], "adj_r2");
            AssertSame(model.GetProperty("cvRmsePercent").GetDouble(), modelRow["cv_rmse_pct"], "cv_rmse_pct");
            AssertSame(model.GetProperty("nmbePercent").GetDouble(), modelRow["nmbe_pct"], "nmbe_pct");
            AssertSame(model.GetProperty("fpValue").GetDouble(), modelRow["f_p_value"], "f_p_value");
            AssertSame(model.GetProperty("observations").GetInt32(), modelRow["observations"], "observations");
            Assert.Equal(model.GetProperty("meetsAshrae14").GetBoolean(), modelRow["meets_ashrae14"]);
            Assert.Equal(model.GetProperty("iso50006").GetProperty("passes").GetBoolean(), modelRow["iso50006_valid"]);
            AssertSame(baseline.GetProperty("savings").GetProperty("totalSavings").GetDouble(), modelRow["savings_total"], "savings_total");
            Assert.Equal(string.Join(",", baseline.GetProperty("drivers").EnumerateArray().Select(d => d.GetString())), modelRow["drivers"]);
            Assert.Contains("production", (string)modelRow["drivers"]!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_plant_with_too_few_baseline_days_gets_a_model_point_with_the_refusal_the_report_gives()
    {
        Assert.True(await StoredAsync(), $"the series never arrived\n{fixture.Influx.Log}");
        var report = await ReportAsync(ShortPlant);
        var refusal = Assert.Single(report.Baselines).Refusal!;

        var row = Assert.Single(await RowsAsync($"SELECT * FROM \"baseline_model\" WHERE \"plant\" = '{ShortPlant}' ORDER BY time DESC LIMIT 1"));

        Assert.Equal(RefusalReason.InsufficientData, refusal.Reason); // 3 of 92 days: CalTRACK's 90 % rule
        Assert.StartsWith("3 of 92 baseline days", refusal.Detail, StringComparison.Ordinal);
        Assert.Equal(false, row["fitted"]);
        Assert.Equal("insufficientData", row["refusal_reason"]);
        Assert.Equal(refusal.Detail, row["refusal_detail"]);
        Assert.Equal($"refused: insufficient data. {refusal.Detail}", row["status"]);
        Assert.Equal(false, row["sufficient"]);
        Assert.Null(row["r2"]);
        Assert.Empty(await RowsAsync($"SELECT * FROM \"baseline_savings\" WHERE \"plant\" = '{ShortPlant}'"));
    }

    [Fact]
    public async Task A_second_run_overwrites_the_savings_days_adds_its_own_model_points_and_skips_the_plants_without_data()
    {
        Assert.True(await StoredAsync(), $"the series never arrived\n{fixture.Influx.Log}");
        var service = _app!.Services.GetRequiredService<AuditSeriesService>();

        var modelsBefore = await fixture.Influx.ScalarAsync("SELECT count(\"status\") FROM \"baseline_model\"");
        var watch = Stopwatch.StartNew();
        var run = await service.RunOnceAsync(CancellationToken.None);
        output.WriteLine($"one series run over the sample catalog's 8 plants (dyeing-01: 122 days of hourly data): {watch.ElapsedMilliseconds} ms, {run.Points} points");

        Assert.Null(run.Failure);
        Assert.Equal(2, run.PlantsWritten);
        Assert.Equal(6, run.PlantsWithoutData);
        Assert.Equal(2 * 31 + 1, run.Points); // electricity and water: 30 days and a model each; food-01's refused model
        Assert.Equal(60, await fixture.Influx.ScalarAsync("SELECT count(\"actual\") FROM \"baseline_savings\""));
        // Each run's models are points of their own (the host's own start-up run may still be adding its three).
        var modelsAfter = await fixture.Influx.ScalarAsync("SELECT count(\"status\") FROM \"baseline_model\"");
        Assert.True(modelsAfter >= modelsBefore + 3, $"the rerun should add its 3 model points: {modelsBefore} before, {modelsAfter} after");
    }

    private static readonly (string Field, string Property)[] SavingsFields =
    [
        ("actual", "actual"), ("predicted", "predicted"), ("savings", "savings"), ("cusum", "cusum"),
        ("production", "production"), ("enpi", "enpi"), ("baseline_enpi", "baselineEnpi"),
    ];

    /// <summary>Three August days of a second plant's electricity: data, but too few days for a model.</summary>
    private static IEnumerable<PointData> ShortPlantUsage() =>
        Enumerable.Range(10, 3).Select(day => PointData.Measurement("usage_1m")
            .Tag("park", PlantDataGenerator.Park).Tag("plant", ShortPlant).Tag("meter", "grid-power").Tag("resource", "electricity")
            .Field("amount", 1000.0 + day).Field("mean_rate", 40.0)
            .Timestamp(new DateTime(2026, 8, day, 5, 0, 0, DateTimeKind.Utc), WritePrecision.Ms));

    private Task<AuditReport> ReportAsync(string plant) =>
        _app!.Services.GetRequiredService<AuditReportService>().CreateAsync(
            // As the service asks (Reports:* defaults, Reports:MinBaselineDays = 90).
            new ReportRequest(plant, Reporting, new ReportPeriod(BaselineFrom, BaselineTo), Granularity.Daily, ["production", "hdd", "cdd"], null, Sufficiency: new SufficiencyRules { MinBaselineDays = 90 }),
            CancellationToken.None);

    private async Task<bool> StoredAsync() =>
        await Eventually.EqualsAsync(true, async () => await fixture.Influx.ScalarAsync("SELECT count(\"status\") FROM \"baseline_model\"") >= 3, TimeSpan.FromMinutes(2))
        && await fixture.Influx.ScalarAsync("SELECT count(\"actual\") FROM \"baseline_savings\"") == 60;

    private async Task<List<Dictionary<string, object?>>> RowsAsync(string query)
    {
        var result = await fixture.Influx.QueryAsync(query);
        return result.Series.SelectMany(s => s.Values.Select(row => s.Columns.Zip(row).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))).ToList();
    }

    private static void AssertSame(double expected, object? stored, string what)
    {
        var value = Convert.ToDouble(stored, CultureInfo.InvariantCulture);
        Assert.True(value == expected, $"{what}: stored {value:R}, report {expected:R}");
    }
}
