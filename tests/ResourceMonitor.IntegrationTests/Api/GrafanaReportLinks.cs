using System.Text.RegularExpressions;
using ResourceMonitor.IntegrationTests.Infrastructure;

namespace ResourceMonitor.IntegrationTests.Api;

/// <summary>The report links of the provisioned Grafana dashboards, with Grafana's variables filled in as a browser would get them.</summary>
public static partial class GrafanaReportLinks
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["Reporting from"] = "2026-09-01",
        ["Reporting to"] = "2026-10-01",
        ["Baseline from"] = "2026-08-02",
        ["Baseline to"] = "2026-09-01",
    };

    /// <summary>Every report link template in <c>grafana/dashboards/*.json</c>, as written in the file.</summary>
    public static IReadOnlyList<string> Templates() =>
        Directory.GetFiles(RepositoryFiles.Path("grafana/dashboards"), "*.json")
            .SelectMany(file => ReportLink().Matches(File.ReadAllText(file)).Select(m => m.Value))
            .ToList();

    /// <summary><paramref name="template"/> as the browser requests it for dyeing-01 in September 2026.</summary>
    public static string Resolve(string template, Uri worker, string token) =>
        DataField().Replace(template, m => Fields[m.Groups[1].Value])
            .Replace("${worker}", worker.ToString().TrimEnd('/'), StringComparison.Ordinal)
            .Replace("${plant}", "dyeing-01", StringComparison.Ordinal)
            .Replace("$plant", "dyeing-01", StringComparison.Ordinal)
            .Replace("${__from:date:YYYY-MM-DD}", Fields["Reporting from"], StringComparison.Ordinal)
            .Replace("${__to:date:YYYY-MM-DD}", Fields["Reporting to"], StringComparison.Ordinal)
            .Replace("${report_token}", Uri.EscapeDataString(token), StringComparison.Ordinal);

    [GeneratedRegex("""\$\{worker\}/api/reports/(?:\\"[^"\\]*\\"|[^)"\s\\])+""")]
    private static partial Regex ReportLink();

    [GeneratedRegex("""\$\{__data\.fields\[\\"([^\\]+)\\"\]\}""")]
    private static partial Regex DataField();
}
