using ResourceMonitor.Domain.Baselines.Regression;
using ResourceMonitor.IntegrationTests.Deployment;
using ResourceMonitor.IntegrationTests.Infrastructure;
using ResourceMonitor.Worker.Reports.Series;

namespace ResourceMonitor.IntegrationTests.Baselines;

/// <summary>
/// A model that is refused on a later run must read as refused, without the statistics of the earlier fitted run,
/// in real InfluxDB (which merges the fields of a rewritten point) and with the dashboard's newest-row query.
/// </summary>
public sealed class AuditModelHistoryTests(InfluxFixture fixture) : IClassFixture<InfluxFixture>
{
    [Fact]
    public async Task A_model_refused_on_a_later_run_the_same_day_reads_as_refused_without_the_old_statistics()
    {
        var now = DateTimeOffset.UtcNow;
        var fitted = AuditSeriesSamples.Report(now.AddMinutes(-60));
        var refused = fitted with
        {
            GeneratedAt = now,
            Baselines = [.. fitted.Baselines.Select(b => b with { Model = null, Savings = null, Refusal = new RegressionRefusal(RefusalReason.TooFewPoints, "The baseline period lost its days.") })],
        };
        var timeZone = SamplePark.Catalog().Park.TimeZone;
        using var client = fixture.Influx.CreateClient();
        foreach (var report in new[] { fitted, refused })
        {
            await client.GetWriteApiAsync().WritePointsAsync([.. AuditSeriesPoints.Of(report, timeZone)], fixture.Influx.Bucket, fixture.Influx.Organization);
        }

        var result = await fixture.Influx.QueryAsync(
            $"SELECT \"status\", \"r2\", \"cv_rmse_pct\" FROM \"baseline_model\" WHERE \"plant\" = '{fitted.Plant}' AND \"resource\" = 'electricity' ORDER BY time DESC LIMIT 1");

        var row = Assert.Single(Assert.Single(result.Series).Values);
        Assert.StartsWith("refused: too few points", (string)row[1]!, StringComparison.Ordinal);
        Assert.Null(row[2]);
        Assert.Null(row[3]);
        Assert.True(fitted.Baselines.Single(b => b.Resource == "electricity").Model is not null, "the earlier run must have had a fitted model for this test to mean anything");
    }
}
