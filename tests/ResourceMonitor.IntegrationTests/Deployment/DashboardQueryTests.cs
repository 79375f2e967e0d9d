using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.IntegrationTests.Deployment;

/// <summary>
/// Every InfluxQL query of every Grafana dashboard, with Grafana's macros and variables substituted, runs against a real
/// InfluxDB holding data written the way the worker writes it, and returns data.
/// </summary>
public sealed class DashboardQueryTests(DashboardData data) : IClassFixture<DashboardData>
{
    public static TheoryData<string, string, string> PanelQueries()
    {
        var rows = new TheoryData<string, string, string>();
        foreach (var query in GrafanaDashboard.PanelQueries().Concat(GrafanaDashboard.AnnotationQueries()))
        {
            rows.Add(query.ToString(), query.InfluxQl, query.TimeFrom);
        }

        return rows;
    }

    public static TheoryData<string, string> VariableQueries()
    {
        var rows = new TheoryData<string, string>();
        foreach (var query in GrafanaDashboard.VariableQueries())
        {
            rows.Add(query.ToString(), query.InfluxQl);
        }

        return rows;
    }

    [Fact]
    public void The_dashboards_exist_and_every_panel_has_a_query()
    {
        var files = GrafanaDashboard.Files().Select(Path.GetFileName).ToList();

        Assert.Contains("park-overview.json", files);
        Assert.Contains("plant-detail.json", files);
        Assert.Contains("baselines-audit.json", files);
        Assert.Contains("symbiosis.json", files);
        Assert.Contains("programme.json", files);
        Assert.NotEmpty(GrafanaDashboard.AnnotationQueries());
        Assert.NotEmpty(GrafanaDashboard.PanelQueries());
    }

    [Theory]
    [MemberData(nameof(PanelQueries))]
    public async Task Every_panel_and_annotation_query_runs_and_returns_data(string panel, string influxQl, string timeFrom)
    {
        var macros = new GrafanaMacros(GrafanaMacros.RangeStart(timeFrom, data.Start, data.End), data.End, TimeSpan.FromMinutes(1), data.Variables);
        var query = macros.Substitute(influxQl);

        var result = await data.Influx.QueryAsync(query);

        Assert.True(HasValues(result), $"{panel} returned no data for:\n{query}");
    }

    [Theory]
    [MemberData(nameof(VariableQueries))]
    public async Task Every_template_variable_query_lists_the_values_that_exist(string variable, string influxQl)
    {
        var macros = new GrafanaMacros(data.Start, data.End, TimeSpan.FromMinutes(1), data.Variables);

        var result = await data.Influx.QueryAsync(macros.Substitute(influxQl));

        var values = result.Series.SelectMany(s => s.Values).Select(row => row[^1] as string).ToList();
        Assert.True(values.Count > 0, $"{variable} lists nothing");
        Assert.True(values.Contains(data.Variables["park"]) || values.Contains(data.Variables["plant"]) || values.Count > 1, $"{variable} lists {string.Join(", ", values)}");
    }

    [Fact]
    public void Macro_substitution_fails_on_an_unknown_variable()
    {
        var macros = new GrafanaMacros(data.Start, data.End, TimeSpan.FromMinutes(1), data.Variables);

        Assert.Throws<InvalidOperationException>(() => macros.Substitute("SELECT * FROM reading WHERE meter = '$nosuch'"));
        Assert.Equal("SELECT 1 FROM x WHERE time >= 0ms and time <= 1000ms GROUP BY time(1m)",
            new GrafanaMacros(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddSeconds(1), TimeSpan.FromMinutes(1), data.Variables)
                .Substitute("SELECT 1 FROM x WHERE $timeFilter GROUP BY time($__interval)"));
    }

    [Fact]
    public void A_panel_with_its_own_relative_time_range_queries_that_range_up_to_the_dashboards_end()
    {
        Assert.Equal(data.End.AddDays(-90), GrafanaMacros.RangeStart("90d", data.Start, data.End));
        Assert.Equal(data.End.AddHours(-12), GrafanaMacros.RangeStart("now-12h", data.Start, data.End));
        Assert.Equal(data.Start, GrafanaMacros.RangeStart("", data.Start, data.End));
        Assert.Throws<InvalidOperationException>(() => GrafanaMacros.RangeStart("last quarter", data.Start, data.End));
    }

    [Fact]
    public async Task A_multi_value_meter_selection_is_substituted_as_grafana_does_and_matches_each_meter()
    {
        var bandQueries = GrafanaDashboard.PanelQueries().Where(q => q.InfluxQl.Contains("\"baseline_band\"", StringComparison.Ordinal) && q.Where.Contains("$meter", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(bandQueries);
        Assert.All(bandQueries, q => Assert.Contains("\"meter\" =~ /^$meter$/", q.InfluxQl, StringComparison.Ordinal));
        var variables = new Dictionary<string, string>(data.Variables, StringComparer.Ordinal) { ["meter"] = GrafanaMacros.MultiValue([BaselineBandSamples.Meter, "grid-power"]) };
        var macros = new GrafanaMacros(data.Start, data.End, TimeSpan.FromMinutes(1), variables);

        var query = macros.Substitute("SELECT count(\"median\") FROM \"baseline_band\" WHERE \"plant\" = '$plant' AND \"meter\" =~ /^$meter$/ GROUP BY \"meter\"");
        var result = await data.Influx.QueryAsync(query);

        Assert.Contains("=~ /^(city-water|grid-power)$/", query, StringComparison.Ordinal);
        Assert.Equal(["city-water", "grid-power"], result.Series.Select(s => s.Tags["meter"]).Order(StringComparer.Ordinal));
        Assert.Equal(@"a\.b", GrafanaMacros.MultiValue(["a.b"]));
    }

    private static bool HasValues(InfluxQlResult result) =>
        result.Series.Any(s => s.Values.Any(row => row.Skip(1).Any(v => v is not null)));
}
