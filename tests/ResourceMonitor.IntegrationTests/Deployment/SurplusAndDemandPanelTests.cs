using System.Globalization;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.IntegrationTests.Deployment;

/// <summary>
/// The surplus-and-demand panels and the waste total read the right numbers from the sample data, not merely some:
/// the dashboards' own queries, macros substituted, against the real InfluxDB of <see cref="DashboardData"/>.
/// </summary>
public sealed class SurplusAndDemandPanelTests(DashboardData data) : IClassFixture<DashboardData>
{
    [Fact]
    public async Task Open_opportunities_counts_the_pairs_whose_latest_event_is_not_closed()
    {
        // Heat and water pairs opened and were updated; the waste lot closed.
        var result = await RunAsync("park-overview.json", "panel 'Open opportunities' A");

        Assert.Equal(2, Number(Assert.Single(Assert.Single(result.Series).Values)[1]));
    }

    [Theory]
    [InlineData("Heat: surplus vs demand (kW)")]
    [InlineData("Water: surplus vs demand (m³/h)")]
    [InlineData("Waste and by-products: on offer vs demand (kg)")]
    public async Task Each_resource_chart_shows_surplus_matchable_demand_and_allocated_that_hold_together(string title)
    {
        var series = Assert.Single((await RunAsync("park-overview.json", $"panel '{title}' A")).Series);

        Assert.Equal(["time", "Surplus offered", "Matchable demand", "Allocated"], series.Columns);
        Assert.InRange(series.Values.Count, 170, 181);
        Assert.All(series.Values, row => Assert.InRange(Number(row[3]), 0, Math.Min(Number(row[1]), Number(row[2])) + 1e-6));
        Assert.Contains(series.Values, row => Number(row[3]) > 0);
    }

    [Fact]
    public async Task Waste_reused_is_the_running_total_of_the_waste_opportunity()
    {
        // 5 000 kg per hour of the lot's life, opened at minute 30 and closed at 150.
        var result = await RunAsync("symbiosis.json", "panel 'Waste reused (mass)' A");

        Assert.Equal(10_000, Number(Assert.Single(Assert.Single(result.Series).Values)[1]), 3);
    }

    private async Task<InfluxQlResult> RunAsync(string dashboard, string where)
    {
        var query = GrafanaDashboard.PanelQueries().Single(q => q.Dashboard == dashboard && q.Where == where);
        return await data.Influx.QueryAsync(new GrafanaMacros(data.Start, data.End, TimeSpan.FromMinutes(1), data.Variables).Substitute(query.InfluxQl));
    }

    private static double Number(object? value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);
}
