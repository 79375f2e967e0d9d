using System.Text.RegularExpressions;
using ResourceMonitor.Worker.Storage.Schema;

namespace ResourceMonitor.IntegrationTests.Deployment;

/// <summary>
/// Every measurement, tag and field a Grafana dashboard query names is one the worker writes (<see cref="StorageSchema"/>):
/// InfluxQL answers a misspelt or renamed name with an empty panel, not an error, so only this test notices.
/// </summary>
public sealed partial class DashboardSchemaTests
{
    [Fact]
    public void Every_dashboard_query_names_only_the_schema_s_measurements_tags_and_fields()
    {
        var queries = GrafanaDashboard.PanelQueries().Concat(GrafanaDashboard.VariableQueries()).Concat(GrafanaDashboard.AnnotationQueries()).ToList();

        var problems = queries.SelectMany(q => Undefined(q.InfluxQl).Select(problem => $"{q}: {problem}")).ToList();

        Assert.True(problems.Count == 0, "names the worker does not write (StorageSchema, docs/storage.md):\n" + string.Join("\n", problems));
        Assert.True(queries.Count >= 60, $"only {queries.Count} dashboard queries found");
    }

    [Fact]
    public void Every_point_the_writers_make_for_the_dashboards_names_only_the_schema_s_measurements_tags_and_fields()
    {
        var (points, readingLines) = DashboardData.Unstarted(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero)).Build();
        var lines = points.Select(p => p.ToLineProtocol()).Concat(readingLines).ToList();

        var problems = lines.SelectMany(SchemaLine.Undefined).Distinct(StringComparer.Ordinal).ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(
            StorageSchema.Measurements.Select(m => m.Name).Order(StringComparer.Ordinal),
            lines.Select(l => SchemaLine.Parse(l).Measurement).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        Assert.Equal(["'nope' is not a field of reading"], SchemaLine.Undefined("reading,park=p value=1,nope=\"a b,c\" 1"));
    }

    [Fact]
    public void A_name_the_schema_does_not_define_is_found()
    {
        Assert.Equal(["measurement 'usage_5m' is not in the schema"], Undefined("SELECT sum(\"amount\") FROM \"usage_5m\" WHERE $timeFilter"));
        Assert.Equal(["'value' is neither a tag nor a field of usage_1m"], Undefined("SELECT mean(\"value\") FROM \"usage_1m\" WHERE \"park\" = '$park'"));
        Assert.Empty(Undefined("SELECT count(\"open\") FROM (SELECT last(\"open\") AS \"open\" FROM \"opportunity\" WHERE \"park\" = '$park' GROUP BY \"opportunity\") WHERE \"open\" = true"));
    }

    /// <summary>What <paramref name="influxQl"/> names that the schema lacks: measurements after FROM, then every other quoted identifier that is not an alias.</summary>
    private static List<string> Undefined(string influxQl)
    {
        var text = StringLiteral().Replace(influxQl, "''");
        var problems = new List<string>();
        var measurements = new List<MeasurementSchema>();
        foreach (var name in From().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal))
        {
            if (StorageSchema.Find(name) is { } schema)
            {
                measurements.Add(schema);
            }
            else
            {
                problems.Add($"measurement '{name}' is not in the schema");
            }
        }

        if (measurements.Count == 0)
        {
            return problems;
        }

        var aliases = Alias().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var named = Identifier().Matches(From().Replace(Alias().Replace(text, string.Empty), "FROM")).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal);
        problems.AddRange(named
            .Where(key => !aliases.Contains(key) && !measurements.Any(m => m.Defines(key)))
            .Select(key => $"'{key}' is neither a tag nor a field of {string.Join(" or ", measurements.Select(m => m.Name))}"));
        return problems;
    }

    [GeneratedRegex("'(?:[^'\\\\]|\\\\.)*'")]
    private static partial Regex StringLiteral();

    [GeneratedRegex("""\bFROM\s+"([^"]+)"\s*""", RegexOptions.IgnoreCase)]
    private static partial Regex From();

    [GeneratedRegex("""\bAS\s+"([^"]+)"\s*""", RegexOptions.IgnoreCase)]
    private static partial Regex Alias();

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex Identifier();
}
