using System.Globalization;
using System.Text;

namespace ResourceMonitor.Worker.Programme;

/// <summary>The CSV rendering: one row per park, month and indicator. RFC 4180, invariant culture.</summary>
public static class ProgrammeCsv
{
    /// <summary>The header row.</summary>
    public const string Header = "park,month,indicator,value,unit,source,note";

    /// <summary>Renders <paramref name="report"/>.</summary>
    public static string Render(ProgrammeReport report)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        var definitions = report.Indicators.ToDictionary(d => d.Id, StringComparer.Ordinal);
        foreach (var row in report.Parks)
        {
            foreach (var value in row.Values)
            {
                var definition = definitions[value.Id];
                var unit = definition.Unit == "currency" ? row.Currency : definition.Unit;
                csv.Append(row.Park).Append(',').Append(row.Month).Append(',').Append(value.Id).Append(',')
                    .Append(value.Value?.ToString("R", CultureInfo.InvariantCulture)).Append(',').Append(Quote(unit)).Append(',')
                    .Append(definition.Source.ToString().ToLowerInvariant()).Append(',').Append(Quote(value.Note ?? string.Empty)).Append("\r\n");
            }
        }

        return csv.ToString();
    }

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
