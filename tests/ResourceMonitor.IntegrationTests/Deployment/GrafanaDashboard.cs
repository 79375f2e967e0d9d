using System.Text.Json;
using ResourceMonitor.IntegrationTests.Infrastructure;

namespace ResourceMonitor.IntegrationTests.Deployment;

/// <summary>The InfluxQL queries in Grafana's dashboard JSON files (grafana/dashboards): panel targets and template variables.</summary>
public static class GrafanaDashboard
{
    /// <summary>One query of one dashboard.</summary>
    /// <param name="Dashboard">The file name.</param>
    /// <param name="Where">The panel title and target refId, or the variable name.</param>
    /// <param name="InfluxQl">The raw query, macros not yet substituted.</param>
    /// <param name="TimeFrom">The panel's own relative time range (Grafana's <c>timeFrom</c>, e.g. <c>90d</c>), or empty when it follows the dashboard's.</param>
    public sealed record Query(string Dashboard, string Where, string InfluxQl, string TimeFrom = "")
    {
        /// <inheritdoc />
        public override string ToString() => $"{Dashboard}: {Where}";
    }

    /// <summary>Every dashboard file.</summary>
    public static IReadOnlyList<string> Files() =>
        Directory.GetFiles(RepositoryFiles.Path("grafana/dashboards"), "*.json").Order(StringComparer.Ordinal).ToList();

    /// <summary>Every panel query of every dashboard, including panels inside collapsed rows.</summary>
    public static IReadOnlyList<Query> PanelQueries()
    {
        var queries = new List<Query>();
        foreach (var file in Files())
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            CollectPanels(Path.GetFileName(file), document.RootElement.GetProperty("panels"), queries);
        }

        return queries;
    }

    /// <summary>Every query-type template variable of every dashboard.</summary>
    public static IReadOnlyList<Query> VariableQueries()
    {
        var queries = new List<Query>();
        foreach (var file in Files())
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            if (!document.RootElement.TryGetProperty("templating", out var templating))
            {
                continue;
            }

            foreach (var variable in templating.GetProperty("list").EnumerateArray())
            {
                if (variable.GetProperty("type").GetString() == "query")
                {
                    queries.Add(new Query(Path.GetFileName(file), $"variable ${variable.GetProperty("name").GetString()}", QueryText(variable.GetProperty("query"))));
                }
            }
        }

        return queries;
    }

    /// <summary>Every annotation query of every dashboard.</summary>
    public static IReadOnlyList<Query> AnnotationQueries()
    {
        var queries = new List<Query>();
        foreach (var file in Files())
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var annotation in document.RootElement.GetProperty("annotations").GetProperty("list").EnumerateArray())
            {
                if (annotation.TryGetProperty("query", out var query))
                {
                    queries.Add(new Query(Path.GetFileName(file), $"annotation '{annotation.GetProperty("name").GetString()}'", QueryText(query)));
                }
            }
        }

        return queries;
    }

    private static void CollectPanels(string dashboard, JsonElement panels, List<Query> queries)
    {
        foreach (var panel in panels.EnumerateArray())
        {
            if (panel.TryGetProperty("panels", out var nested))
            {
                CollectPanels(dashboard, nested, queries);
            }

            if (!panel.TryGetProperty("targets", out var targets))
            {
                continue;
            }

            var title = panel.GetProperty("title").GetString();
            var timeFrom = panel.TryGetProperty("timeFrom", out var relative) ? relative.GetString() ?? "" : "";
            foreach (var target in targets.EnumerateArray())
            {
                if (!target.TryGetProperty("rawQuery", out var raw) || !raw.GetBoolean())
                {
                    throw new InvalidOperationException($"{dashboard}: panel '{title}' has a target without rawQuery: every panel states its InfluxQL so it can be tested.");
                }

                queries.Add(new Query(dashboard, $"panel '{title}' {target.GetProperty("refId").GetString()}", target.GetProperty("query").GetString()!, timeFrom));
            }
        }
    }

    private static string QueryText(JsonElement query) =>
        query.ValueKind == JsonValueKind.String ? query.GetString()! : query.GetProperty("query").GetString()!;
}
