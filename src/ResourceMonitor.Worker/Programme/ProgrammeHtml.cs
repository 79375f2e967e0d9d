using System.Globalization;
using System.Text;
using ResourceMonitor.Worker.Reports;

namespace ResourceMonitor.Worker.Programme;

/// <summary>The programme page: a table of every park's indicators per month and charts comparing the parks, standing alone (inline SVG, no script).</summary>
public static class ProgrammeHtml
{
    /// <summary>Renders <paramref name="report"/>.</summary>
    public static string Render(ProgrammeReport report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(ReportHtml.E($"Programme report {report.From} to {report.To}"))
            .Append("</title><style>").Append(ReportHtml.Style).Append("</style></head><body>");
        html.Append("<h1>Eco-industrial park programme</h1><p>")
            .Append(ReportHtml.E(string.Create(CultureInfo.InvariantCulture, $"Months {report.From} to {report.To} (exclusive), local to each park · {report.Framework} · generated {report.GeneratedAt:yyyy-MM-dd HH:mm} UTC · aggregate figures only")))
            .Append("</p>");
        Table(html, report);
        html.Append("<section><h2>Comparison</h2>");
        foreach (var id in ProgrammeCharts.Charted)
        {
            var definition = report.Indicators.First(d => d.Id == id);
            ReportHtml.Figure(html, id, ProgrammeCharts.Compare(report, definition));
        }

        html.Append("</section><section><h2>Definitions</h2><table id=\"definitions\"><tr><th>Indicator</th><th>Unit</th><th>Category</th><th>Source</th><th>Definition</th></tr>");
        foreach (var d in report.Indicators)
        {
            html.Append("<tr><td>").Append(ReportHtml.E(d.Id)).Append("</td><td>").Append(ReportHtml.E(d.Unit)).Append("</td><td>").Append(ReportHtml.E(d.Category))
                .Append("</td><td>").Append(d.Source.ToString().ToLowerInvariant()).Append("</td><td>").Append(ReportHtml.E(d.Definition)).Append("</td></tr>");
        }

        return html.Append("</table></section></body></html>").ToString();
    }

    private static void Table(StringBuilder html, ProgrammeReport report)
    {
        html.Append("<h2>Indicators</h2><table id=\"indicators\"><tr><th>Indicator</th><th>Unit</th>");
        foreach (var row in report.Parks)
        {
            html.Append("<th>").Append(ReportHtml.E($"{row.Park} {row.Month}")).Append("</th>");
        }

        html.Append("</tr>");
        for (var i = 0; i < report.Indicators.Count; i++)
        {
            var d = report.Indicators[i];
            html.Append("<tr data-indicator=\"").Append(ReportHtml.E(d.Id)).Append("\"><td>").Append(ReportHtml.E(d.Name)).Append("</td><td>").Append(ReportHtml.E(d.Unit)).Append("</td>");
            foreach (var row in report.Parks)
            {
                var value = row.Values[i];
                html.Append("<td title=\"").Append(ReportHtml.E(value.Note ?? string.Empty)).Append("\">").Append(ReportHtml.N(value.Value)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table>");
    }
}
