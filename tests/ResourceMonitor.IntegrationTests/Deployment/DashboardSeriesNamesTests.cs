using System.Text.Json;
using System.Text.RegularExpressions;

namespace ResourceMonitor.IntegrationTests.Deployment;

/// <summary>
/// Grafana applies a field override (colour, line style, the band fill of <c>fillBelowTo</c>) only to a series whose
/// display name matches exactly, and silently does nothing otherwise. Where a panel's series names are fixed (a literal
/// alias, or <c>$col</c> over <c>AS "…"</c> columns), every name an override refers to must be one of them.
/// </summary>
public sealed partial class DashboardSeriesNamesTests
{
    [Fact]
    public void Every_override_and_fill_below_target_names_a_series_its_panel_produces()
    {
        var checkedNames = 0;
        foreach (var file in GrafanaDashboard.Files())
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var panel in Panels(document.RootElement.GetProperty("panels")))
            {
                if (SeriesNames(panel) is not { } names)
                {
                    continue;
                }

                foreach (var referenced in OverrideReferences(panel).Where(n => n != "Time"))
                {
                    Assert.True(names.Contains(referenced), $"{Path.GetFileName(file)}: panel '{panel.GetProperty("title").GetString()}' overrides '{referenced}', but its series are: {string.Join(", ", names)}");
                    checkedNames++;
                }
            }
        }

        Assert.True(checkedNames >= 5, $"only {checkedNames} override names checked");
    }

    [Fact]
    public void The_live_band_panel_fills_from_its_p90_line_down_to_its_p10_line()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(GrafanaDashboard.Files().Single(f => f.EndsWith("plant-detail.json", StringComparison.Ordinal))));
        var panel = Panels(document.RootElement.GetProperty("panels")).Single(p => p.GetProperty("title").GetString() == "Live level of $meter against its usual band");

        var fill = panel.GetProperty("fieldConfig").GetProperty("overrides").EnumerateArray()
            .Single(o => o.GetProperty("properties").EnumerateArray().Any(p => p.GetProperty("id").GetString() == "custom.fillBelowTo"));

        Assert.Equal("Usual high (P90)", fill.GetProperty("matcher").GetProperty("options").GetString());
        Assert.Equal("Usual low (P10)", fill.GetProperty("properties").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "custom.fillBelowTo").GetProperty("value").GetString());
        Assert.Equal("meter", panel.GetProperty("repeat").GetString());
    }

    private static IEnumerable<JsonElement> Panels(JsonElement panels)
    {
        foreach (var panel in panels.EnumerateArray())
        {
            yield return panel;
            if (panel.TryGetProperty("panels", out var nested))
            {
                foreach (var inner in Panels(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>The panel's series names when every target fixes them; null when any depends on tags or defaults.</summary>
    private static HashSet<string>? SeriesNames(JsonElement panel)
    {
        if (!panel.TryGetProperty("targets", out var targets))
        {
            return null;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in targets.EnumerateArray())
        {
            var alias = target.TryGetProperty("alias", out var a) ? a.GetString() : null;
            if (alias == "$col")
            {
                names.UnionWith(ColumnAlias().Matches(target.GetProperty("query").GetString()!).Select(m => m.Groups[1].Value));
            }
            else if (!string.IsNullOrEmpty(alias) && !alias.Contains('$', StringComparison.Ordinal))
            {
                names.Add(alias);
            }
            else
            {
                return null;
            }
        }

        return names;
    }

    private static IEnumerable<string> OverrideReferences(JsonElement panel)
    {
        if (!panel.TryGetProperty("fieldConfig", out var config) || !config.TryGetProperty("overrides", out var overrides))
        {
            yield break;
        }

        foreach (var entry in overrides.EnumerateArray())
        {
            if (entry.GetProperty("matcher").GetProperty("id").GetString() == "byName")
            {
                yield return entry.GetProperty("matcher").GetProperty("options").GetString()!;
            }

            foreach (var property in entry.GetProperty("properties").EnumerateArray().Where(p => p.GetProperty("id").GetString() == "custom.fillBelowTo"))
            {
                yield return property.GetProperty("value").GetString()!;
            }
        }
    }

    [GeneratedRegex("""\bAS\s+"([^"]+)"\s*(?:,|FROM)""", RegexOptions.IgnoreCase)]
    private static partial Regex ColumnAlias();
}
