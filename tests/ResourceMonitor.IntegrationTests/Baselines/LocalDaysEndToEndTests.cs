using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;
using Microsoft.Extensions.Options;
using ResourceMonitor.IntegrationTests.Infrastructure;
using ResourceMonitor.Worker.Baselines;
using ResourceMonitor.Worker.Reports;
using ResourceMonitor.Worker.Storage.InfluxQl;

namespace ResourceMonitor.IntegrationTests.Baselines;

/// <summary>
/// A report's local days against a real InfluxDB in a zone with daylight saving: one unit of usage per UTC hour, so
/// a local day's sum is its length in hours (23 on the spring change, 25 on the autumn one), and each day starts at
/// local midnight by the zone's rules.
/// </summary>
public sealed class LocalDaysEndToEndTests(InfluxFixture fixture) : IClassFixture<InfluxFixture>
{
    [Theory]
    [InlineData("Europe/Berlin", "2026-03-27", new double[] { 24, 24, 23, 24 })]
    [InlineData("Europe/Berlin", "2026-10-23", new double[] { 24, 24, 25, 24 })]
    [InlineData("America/New_York", "2026-03-06", new double[] { 24, 24, 23, 24 })]
    [InlineData("America/New_York", "2026-10-30", new double[] { 24, 24, 25, 24 })]
    [InlineData("Asia/Ho_Chi_Minh", "2026-03-27", new double[] { 24, 24, 24, 24 })]
    public async Task Local_days_follow_the_zones_daylight_saving_rules(string zoneId, string first, double[] hoursPerDay)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var from = DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture);
        var plant = "plant-" + zoneId.Replace('/', '-').ToLowerInvariant() + "-" + first;
        await WriteHourlyUsageAsync(plant, PlantDataLoader.StartOf(from.AddDays(-1), zone), PlantDataLoader.StartOf(from.AddDays(5), zone));
        using var http = new HttpClient();
        var reader = new HttpInfluxQlReader(http, Options.Create(new InfluxQlOptions { Url = fixture.Influx.Url.ToString(), Bucket = fixture.Influx.Bucket }));
        var loader = new PlantDataLoader(reader, Options.Create(new BaselinesOptions { TimeZone = zoneId }));

        var data = await loader.LoadAsync(plant, new ReportPeriod(from, from.AddDays(4)), CancellationToken.None);

        var days = data.Usage["electricity"]["main"];
        Assert.Equal(Enumerable.Range(0, 4).Select(from.AddDays), days.Select(d => d.Day));
        Assert.Equal(hoursPerDay, days.Select(d => d.Value));
        Assert.Equal(hoursPerDay.Select(h => 20.0), data.DailyMeanTemperature.Select(t => t.Value));
    }

    private async Task WriteHourlyUsageAsync(string plant, DateTimeOffset from, DateTimeOffset to)
    {
        var points = new List<PointData>();
        for (var at = from; at < to; at = at.AddHours(1))
        {
            points.Add(PointData.Measurement("usage_1m")
                .Tag("park", "park-" + plant).Tag("plant", plant).Tag("meter", "main").Tag("resource", "electricity")
                .Field("amount", 1.0)
                .Timestamp(at.UtcDateTime, WritePrecision.S));
            points.Add(PointData.Measurement("reading")
                .Tag("park", "park-" + plant).Tag("plant", plant).Tag("meter", "outdoor").Tag("resource", "weather")
                .Field("value", 20.0)
                .Timestamp(at.UtcDateTime, WritePrecision.S));
        }

        using var client = fixture.Influx.CreateClient();
        await client.GetWriteApiAsync().WritePointsAsync(points, fixture.Influx.Bucket, fixture.Influx.Organization);
    }
}
