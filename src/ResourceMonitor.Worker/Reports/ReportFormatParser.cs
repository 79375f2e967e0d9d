namespace ResourceMonitor.Worker.Reports;

/// <summary>Reads <c>format=json|csv|html</c> (default json).</summary>
public static class ReportFormatParser
{
    /// <summary>The format named by <paramref name="text"/>, or null when it names none of them.</summary>
    public static ReportFormat? Parse(string? text) => (text ?? "json").ToUpperInvariant() switch
    {
        "JSON" => ReportFormat.Json,
        "CSV" => ReportFormat.Csv,
        "HTML" => ReportFormat.Html,
        _ => null,
    };
}
