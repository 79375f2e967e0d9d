using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ResourceMonitor.IntegrationTests.Api;
using ResourceMonitor.IntegrationTests.Infrastructure;
using ResourceMonitor.IntegrationTests.Worker;

namespace ResourceMonitor.IntegrationTests.Programme;

/// <summary>
/// The programme key and report through the real worker and InfluxDB: aggregate figures only (403 on every plant and park
/// endpoint), the indicators computed from stored <c>usage_1m</c>, <c>reading</c> and <c>opportunity</c> points, manual inputs
/// kept across a restart.
/// </summary>
[Collection(WorkerTestCollection.Name)]
public sealed class ProgrammeApiTests(WorkerBrokerAndInflux services) : IClassFixture<WorkerBrokerAndInflux>
{
    private const string Report = "/api/v1/programme/report?from=2026-11&to=2026-12";

    [Theory]
    [InlineData("GET", "/api/reports/dyeing-01?from=2026-09-01&to=2026-10-01&format=csv")]
    [InlineData("GET", "/api/v1/opportunities")]
    [InlineData("GET", "/api/v1/opportunities/ranking")]
    [InlineData("GET", "/api/v1/opportunities/steel-waste-heat--dyeing-boiler-heat/history")]
    [InlineData("POST", "/api/reports/links?plant=")]
    [InlineData("GET", "/metrics")]
    [InlineData("PUT", "/api/v1/programme/inputs/hiep-phuoc/land_area/2026-10")]
    public async Task A_programme_key_gets_403_on_plant_park_and_operations_endpoints_and_may_not_write(string method, string path)
    {
        await using var worker = await InProcessWorker.StartAsync(services.Broker, services.Influx, ApiKeys.Settings());

        var response = await ApiResponse.WithKeyAsync(worker.BaseAddress, path, ApiKeys.Programme, new HttpMethod(method));

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Contains("programme key sees the programme's aggregate figures only", response.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_programme_and_admin_keys_read_the_programme_and_plant_or_park_keys_get_403()
    {
        await using var worker = await InProcessWorker.StartAsync(services.Broker, services.Influx, ApiKeys.Settings());

        Assert.Equal(HttpStatusCode.OK, (await ApiResponse.WithKeyAsync(worker.BaseAddress, "/api/v1/programme/indicators", ApiKeys.Programme)).Status);
        Assert.Equal(HttpStatusCode.OK, (await ApiResponse.WithKeyAsync(worker.BaseAddress, "/api/v1/programme/inputs", ApiKeys.Admin)).Status);
        var park = await ApiResponse.WithKeyAsync(worker.BaseAddress, Report, ApiKeys.Park);
        var plant = await ApiResponse.WithKeyAsync(worker.BaseAddress, Report, ApiKeys.Dyeing);
        Assert.Equal(HttpStatusCode.Forbidden, park.Status);
        Assert.Equal("This endpoint needs a programme or admin key.", park.Detail);
        Assert.Equal(HttpStatusCode.Forbidden, plant.Status);
    }

    [Fact]
    public async Task The_report_computes_the_indicators_from_stored_data_of_the_local_month_and_keeps_manual_inputs_across_a_restart()
    {
        await WriteMonthAsync();
        // Not under the spool directory: a stopped in-process worker deletes its spool directory.
        var inputs = Directory.CreateTempSubdirectory("rm-programme-inputs-");
        var settings = ApiKeys.Settings(("Programme:InputsFile", Path.Combine(inputs.FullName, "inputs.json")));
        await using (var first = await InProcessWorker.StartAsync(services.Broker, services.Influx, settings))
        {
            var put = await ApiResponse.SendAsync(first.BaseAddress, HttpMethod.Put, "/api/v1/programme/inputs/hiep-phuoc/land_area/2026-10", r =>
            {
                r.Headers.Add("X-Api-Key", ApiKeys.Admin);
                r.Content = JsonContent.Create(new { value = 400 });
            });
            Assert.Equal(HttpStatusCode.NoContent, put.Status);
        }

        await using var worker = await InProcessWorker.StartAsync(services.Broker, services.Influx, settings);
        var json = await ApiResponse.WithKeyAsync(worker.BaseAddress, Report + "&format=json", ApiKeys.Programme);
        Assert.Equal(HttpStatusCode.OK, json.Status);
        var values = JsonDocument.Parse(json.Body).RootElement.GetProperty("parks")[0].GetProperty("values").EnumerateArray()
            .ToDictionary(v => v.GetProperty("id").GetString()!, v => v.GetProperty("value").ValueKind == JsonValueKind.Number ? v.GetProperty("value").GetDouble() : (double?)null);

        Assert.Equal(3510, values["energy_use"]);              // 1000 + 500 + 10 (first local minute) + 2000 gas; internal boiler heat, other park, October left out
        Assert.Equal(8.775, values["energy_per_hectare"]!.Value, 9); // land area recorded for October, in force in November, kept across the restart
        Assert.Equal(300, values["water_withdrawal"]);
        Assert.Equal(25, values["wastewater_reuse_share"]);    // 1000 m3 exchanged of 4000 m3 discharged
        Assert.Equal(1.4, values["waste_generated"]!.Value, 9); // the slag pile's rises: 500 + 500 + 400 kg
        Assert.Equal(50, values["waste_recovery_share"]!.Value, 9);
        Assert.Equal(2, values["exchanges"]);

        var csv = await ApiResponse.WithKeyAsync(worker.BaseAddress, Report + "&format=csv", ApiKeys.Programme);
        Assert.Contains("hiep-phuoc,2026-11,energy_use,3510,kWh,metered,", csv.Body, StringComparison.Ordinal);
        Assert.Contains("hiep-phuoc,2026-11,land_area,400,ha,manual,", csv.Body, StringComparison.Ordinal);
        var html = await ApiResponse.WithKeyAsync(worker.BaseAddress, Report + "&format=html", ApiKeys.Programme);
        Assert.Contains("data-chart=\"energy_use\"><svg", html.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("dyeing-01", html.Body, StringComparison.Ordinal); // aggregate figures only: no plant named
        Assert.DoesNotContain("dyeing-01", json.Body, StringComparison.Ordinal);
        inputs.Delete(recursive: true);
    }

    private async Task WriteMonthAsync()
    {
        var nov10 = new DateTimeOffset(2026, 11, 10, 0, 0, 0, TimeSpan.Zero);
        var lines = new List<string>
        {
            Usage("hiep-phuoc", "dyeing-01", "grid-power", "electricity", 1000, nov10),
            Usage("hiep-phuoc", "dyeing-01", "grid-power", "electricity", 500, nov10.AddMinutes(1)),
            Usage("hiep-phuoc", "dyeing-01", "grid-power", "electricity", 10, new DateTimeOffset(2026, 10, 31, 17, 0, 0, TimeSpan.Zero)),    // 1 Nov 00:00 local
            Usage("hiep-phuoc", "dyeing-01", "grid-power", "electricity", 99999, new DateTimeOffset(2026, 10, 31, 16, 59, 0, TimeSpan.Zero)), // 31 Oct 23:59 local
            Usage("hiep-phuoc", "steel-01", "furnace-gas", "gas", 2000, nov10),
            Usage("hiep-phuoc", "dyeing-01", "boiler-heat", "heat", 700, nov10),
            Usage("hiep-phuoc", "paper-01", "city-water", "water", 300, nov10),
            Usage("hiep-phuoc", "wwtp-01", "influent", "water", 5000, nov10),
            Usage("hiep-phuoc", "wwtp-01", "treated-effluent", "water", 4000, nov10),
            Usage("amata", "dyeing-01", "grid-power", "electricity", 77777, nov10),
            Opportunity("wwtp-treated-effluent--paper-ct-makeup", "water", 100, nov10.AddDays(-20)),
            Opportunity("wwtp-treated-effluent--paper-ct-makeup", "water", 1100, nov10.AddDays(5)),
            Opportunity("steel-slag--bricks-raw-material", "waste", 700, nov10.AddDays(6)),
        };
        double[] slag = [100, 600, 1100, 0, 400];
        lines.AddRange(slag.Select((kg, i) => Line($"reading,park=hiep-phuoc,plant=steel-01,meter=slag-stock,resource=waste,kind=gauge value={kg}", nov10.AddHours(i))));
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(services.Influx.DirectUrl, $"/write?db={services.Influx.Database}&precision=s"), new StringContent(string.Join('\n', lines)));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string Usage(string park, string plant, string meter, string resource, double amount, DateTimeOffset minute) =>
        Line($"usage_1m,park={park},plant={plant},meter={meter},resource={resource} amount={amount},coverage=1", minute);

    private static string Opportunity(string id, string resource, double quantity, DateTimeOffset at) =>
        Line($"opportunity,park=hiep-phuoc,opportunity={id},resource={resource},event=running total_quantity={quantity},total_money={quantity * 10},total_co2e_kg={quantity / 10}", at);

    private static string Line(string body, DateTimeOffset at) => string.Create(CultureInfo.InvariantCulture, $"{body} {at.ToUnixTimeSeconds()}");
}
