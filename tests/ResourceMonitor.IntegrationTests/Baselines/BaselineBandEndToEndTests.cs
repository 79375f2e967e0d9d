using System.Globalization;
using InfluxDB.Client.Writes;
using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Aggregation;
using ResourceMonitor.Domain.Calendar;
using ResourceMonitor.Domain.Counters;
using ResourceMonitor.IntegrationTests.Worker;
using ResourceMonitor.Worker.Baselines;
using ResourceMonitor.Worker.Ingest;
using ResourceMonitor.Worker.Ingest.Aggregation;
using UsageMeter = ResourceMonitor.Worker.Ingest.Aggregation.MeterKey;

namespace ResourceMonitor.IntegrationTests.Baselines;

/// <summary>
/// Stored per-minute usage history in a real InfluxDB → the worker's profile refresh → <c>baseline_band</c> points for
/// the coming local hours, each with the median of its hour of the week.
/// </summary>
[Collection(WorkerTestCollection.Name)]
public sealed class BaselineBandEndToEndTests(WorkerBrokerAndInflux services) : IClassFixture<WorkerBrokerAndInflux>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Theory]
    [InlineData("Asia/Ho_Chi_Minh")]
    [InlineData("Asia/Kolkata")] // UTC+05:30: local hours start at UTC :30
    public async Task The_worker_writes_each_meters_usual_band_for_the_coming_local_hours_from_its_stored_history(string timeZoneId)
    {
        await services.ResetDatabaseAsync();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        var now = DateTimeOffset.UtcNow;
        await WriteHistoryAsync(LocalHours.StartOf(now, zone), zone);

        await using var worker = await InProcessWorker.StartAsync(services.Broker, services.Influx, new Dictionary<string, string?>
        {
            ["Baselines:TimeZone"] = timeZoneId,
            ["Baselines:TrailingWeeks"] = "4",
            ["Baselines:MinimumWeeks"] = "3",
            ["Baselines:BandHorizon"] = "1.00:00:00",
        });
        var count = await Eventually.EqualsAsync(50, () => BandPointsAsync(now, zone), Patience);

        Assert.True(count == 50, $"{count} baseline_band points from {now:O}, expected 25 hours × 2 meters");
        foreach (var meter in new[] { "city-water", "boiler-heat" })
        {
            var series = Assert.Single((await services.Influx.QueryAsync(
                $"SELECT \"p10\", \"median\", \"p90\", \"samples\" FROM \"baseline_band\" WHERE \"meter\" = '{meter}' AND time >= {Since(now, zone)} GROUP BY \"park\", \"plant\", \"resource\", \"unit\"")).Series);
            Assert.Equal(SamplePark.Id, series.Tags["park"]);
            Assert.Equal(SamplePark.Dyeing, series.Tags["plant"]);
            Assert.Equal(meter == "city-water" ? ("water", "m3/h") : ("heat", "kW"), (series.Tags["resource"], series.Tags["unit"]));
            var starts = series.Values.Select(row => InfluxQlTime.FromEpochMs(row[0])).ToList();
            Assert.Equal(LocalHours.StartOf(now, zone), starts[0]);
            Assert.True(starts[^1] >= now.AddHours(23), $"the band reaches only {starts[^1]:O}");
            foreach (var row in series.Values)
            {
                var local = TimeZoneInfo.ConvertTime(InfluxQlTime.FromEpochMs(row[0]), zone);
                Assert.Equal(0, local.Minute);
                Assert.Equal(UsualLevel(meter, local.DateTime), (double)row[2]!, 9);
                Assert.True((double)row[1]! < (double)row[2]! && (double)row[2]! < (double)row[3]!, $"{meter} at {local}: P10 {row[1]}, median {row[2]}, P90 {row[3]}");
                Assert.Equal(4.0, Convert.ToDouble(row[4], CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>
    /// The level the generator gives a local hour: city water 1 + hour/2 m³/h on weekdays and 0.25 at weekends, boiler
    /// heat 300 kW from 06:00 to 22:00 and 40 kW at night. Each of the four weeks scales it by 0.85, 0.95, 1.05, 1.15,
    /// so the median is the level itself and P10 &lt; median &lt; P90.
    /// </summary>
    private static double UsualLevel(string meter, DateTime local) => meter switch
    {
        "city-water" => local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0.25 : 1 + (local.Hour / 2.0),
        _ => local.Hour is >= 6 and < 22 ? 300 : 40,
    };

    private async Task WriteHistoryAsync(DateTimeOffset currentHour, TimeZoneInfo zone)
    {
        var water = new MeterProfile("water", new MeterSeries(ReadingKind.Counter, CanonicalUnits.CubicMetre, CounterSpec.Unknown));
        var heat = new MeterProfile("heat", new MeterSeries(ReadingKind.Gauge, CanonicalUnits.Kilowatt, CounterSpec.Unknown));
        var points = new List<PointData>();
        for (var minute = currentHour.AddDays(-28); minute < currentHour; minute = minute.AddMinutes(5))
        {
            var local = TimeZoneInfo.ConvertTime(minute, zone).DateTime;
            var scale = 0.85 + (0.1 * Math.Floor((minute - currentHour.AddDays(-28)).TotalDays / 7));
            points.Add(Usage("city-water", water, minute, UsualLevel("city-water", local) * scale));
            points.Add(Usage("boiler-heat", heat, minute, UsualLevel("boiler-heat", local) * scale));
        }

        using var client = services.Influx.CreateClient();
        foreach (var chunk in points.Chunk(5_000))
        {
            await client.GetWriteApiAsync().WritePointsAsync(chunk.ToList(), services.Influx.Bucket, services.Influx.Organization);
        }
    }

    private static PointData Usage(string meter, MeterProfile profile, DateTimeOffset minute, double rate) =>
        UsagePoint.Create(new UsageMeter(SamplePark.Id, SamplePark.Dyeing, meter), profile, new MinuteUsage(minute, rate / 60, rate, rate, rate, 1, 1.0, UsageFlags.None));

    private async Task<int> BandPointsAsync(DateTimeOffset now, TimeZoneInfo zone) =>
        (int)await services.Influx.ScalarAsync($"SELECT count(\"median\") FROM \"baseline_band\" WHERE time >= {Since(now, zone)}");

    private static string Since(DateTimeOffset now, TimeZoneInfo zone) => InfluxQlTime.Literal(LocalHours.StartOf(now, zone));
}
