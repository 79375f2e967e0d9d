using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;
using ResourceMonitor.Worker.Storage.InfluxQl;

namespace ResourceMonitor.IntegrationTests.Infrastructure;

public sealed class InfluxInstanceTests
{
    private static readonly DateTime T0 = new(2026, 11, 29, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Points_written_by_InfluxDB_Client_through_the_nginx_route_read_back_with_InfluxQL()
    {
        await using var influx = await InfluxInstance.StartNewAsync();
        var points = Enumerable.Range(0, 5_000).Select(i => Reading("dyeing", $"m-{i % 10}", i, T0.AddSeconds(i))).ToList();

        using (var client = influx.CreateClient())
        {
            await client.GetWriteApiAsync().WritePointsAsync(points, influx.Bucket, influx.Organization);
        }

        Assert.Equal(5_000, await influx.ScalarAsync("SELECT count(value) FROM reading"));
        var one = await influx.QueryAsync("SELECT value, plant FROM reading WHERE meter = 'm-3' ORDER BY time LIMIT 1");
        var row = Assert.Single(Assert.Single(one.Series).Values);
        Assert.Equal(new DateTimeOffset(T0.AddSeconds(3)).ToUnixTimeMilliseconds(), (double)row[0]!);
        Assert.Equal(3.0, row[1]);
        Assert.Equal("dyeing", row[2]);
    }

    [Fact]
    public async Task Writing_the_same_series_and_timestamp_twice_keeps_one_point()
    {
        await using var influx = await InfluxInstance.StartNewAsync();
        using var client = influx.CreateClient();
        var write = client.GetWriteApiAsync();

        await write.WritePointsAsync([Reading("food", "m", 1, T0)], influx.Bucket, influx.Organization);
        await write.WritePointsAsync([Reading("food", "m", 2, T0)], influx.Bucket, influx.Organization);

        Assert.Equal(1, await influx.ScalarAsync("SELECT count(value) FROM reading"));
        Assert.Equal(2, await influx.ScalarAsync("SELECT last(value) FROM reading"));
    }

    [Fact]
    public async Task A_killed_database_fails_writes_and_keeps_what_it_acknowledged_after_restart()
    {
        await using var influx = await InfluxInstance.StartNewAsync();
        using var client = influx.CreateClient();
        var write = client.GetWriteApiAsync();
        await write.WritePointsAsync([Reading("steel", "m", 1, T0)], influx.Bucket, influx.Organization);

        influx.Kill();

        Assert.False(influx.IsRunning);
        await Assert.ThrowsAnyAsync<Exception>(() => write.WritePointsAsync([Reading("steel", "m", 2, T0.AddSeconds(1))], influx.Bucket, influx.Organization));
        await influx.StartAsync();
        await write.WritePointsAsync([Reading("steel", "m", 3, T0.AddSeconds(2))], influx.Bucket, influx.Organization);
        var values = await influx.QueryAsync("SELECT value FROM reading ORDER BY time");
        Assert.Equal([1.0, 3.0], Assert.Single(values.Series).Values.Select(r => (double)r[1]!));
    }

    [Fact]
    public async Task A_query_error_fails_with_the_statement_and_InfluxDB_message()
    {
        await using var influx = await InfluxInstance.StartNewAsync();

        var error = await Assert.ThrowsAsync<InfluxQlException>(() => influx.QueryAsync("SELECT nonsense FROM"));

        Assert.Contains("SELECT nonsense FROM", error.Message, StringComparison.Ordinal);
    }

    private static PointData Reading(string plant, string meter, double value, DateTime ts) =>
        PointData.Measurement("reading")
            .Tag("park", "hiep-phuoc").Tag("plant", plant).Tag("meter", meter).Tag("resource", "water").Tag("kind", "counter")
            .Field("value", value)
            .Timestamp(ts, WritePrecision.Ms);
}
