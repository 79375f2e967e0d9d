using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ResourceMonitor.IntegrationTests.Infrastructure;
using ResourceMonitor.Worker.Baselines;
using ResourceMonitor.Worker.Storage.InfluxQl;

namespace ResourceMonitor.IntegrationTests.Baselines;

public sealed class ProfileLoaderTests(InfluxFixture fixture) : IClassFixture<InfluxFixture>
{
    // Monday 2026-11-02 00:00 in Asia/Ho_Chi_Minh (UTC+7).
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 0, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task Profiles_computed_from_stored_per_minute_usage_give_each_local_hour_its_usual_level()
    {
        await WriteFourWeeksAsync();
        using var http = new HttpClient();
        var reader = new HttpInfluxQlReader(http, Options.Create(new InfluxQlOptions { Url = fixture.Influx.Url.ToString(), Bucket = fixture.Influx.Bucket }));
        var options = Options.Create(new BaselinesOptions { TrailingWeeks = 4, MinimumWeeks = 3 });
        var loader = new ProfileLoader(reader, options, new FakeTimeProvider(Start.AddDays(28)));

        var profiles = await loader.LoadAsync(CancellationToken.None);

        var water = profiles[new MeterKey("hiep-phuoc", "food", "water-intake")];
        Assert.Equal(0.5, water.Bands[3]!.Median, 9);    // Monday 03:00 local: night rate 0.5 m3/h
        Assert.Equal(2.0, water.Bands[10]!.Median, 9);   // Monday 10:00 local: day rate 2 m3/h
        Assert.Equal(2.0, water.Bands[(6 * 24) + 12]!.Median, 9); // Sunday 12:00
        var effluent = profiles[new MeterKey("hiep-phuoc", "food", "effluent-flow")];
        Assert.Equal(12.0, effluent.Bands[5]!.Median, 9);
        Assert.DoesNotContain(profiles.Keys, k => k.Meter == "outdoor-temp");
    }

    [Fact]
    public async Task A_failing_statement_throws_with_influxdb_error_text()
    {
        using var http = new HttpClient();
        var reader = new HttpInfluxQlReader(http, Options.Create(new InfluxQlOptions { Url = fixture.Influx.Url.ToString(), Bucket = "no-such-db" }));

        var e = await Assert.ThrowsAsync<InfluxQlException>(() => reader.QueryAsync("SELECT mean(value) FROM reading", CancellationToken.None));

        Assert.Contains("database not found", e.Error, StringComparison.Ordinal);
    }

    private async Task WriteFourWeeksAsync()
    {
        var points = new List<PointData>();
        for (var at = Start; at < Start.AddDays(28); at = at.AddMinutes(5))
        {
            var localHour = at.Hour; // Start has the +07:00 offset, so Hour is local
            points.Add(Minute("water-intake", "water", localHour < 6 ? 0.5 : 2.0, at));
            points.Add(Minute("effluent-flow", "water", 10 + (localHour % 3), at));
            points.Add(Minute("outdoor-temp", "weather", 30, at));
        }

        using var client = fixture.Influx.CreateClient();
        foreach (var chunk in points.Chunk(5_000))
        {
            await client.GetWriteApiAsync().WritePointsAsync(chunk.ToList(), fixture.Influx.Bucket, fixture.Influx.Organization);
        }
    }

    private static PointData Minute(string meter, string resource, double meanRate, DateTimeOffset at) =>
        PointData.Measurement("usage_1m")
            .Tag("park", "hiep-phuoc").Tag("plant", "food").Tag("meter", meter).Tag("resource", resource)
            .Field("mean_rate", meanRate)
            .Timestamp(at.UtcDateTime, WritePrecision.S);
}
