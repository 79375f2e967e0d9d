using System.Globalization;
using System.Text;

namespace ResourceMonitor.Worker.Reports;

/// <summary>
/// The CSV rendering: one row per resource and period, baseline periods (actual and fitted) then reporting periods
/// (actual, predicted, savings, CUSUM, production, EnPI), then per resource one <c>total</c> row over the reporting period
/// with the savings' uncertainty, its confidence and the interval. RFC 4180, invariant culture, ISO dates.
/// </summary>
public static class ReportCsv
{
    /// <summary>The header row.</summary>
    public const string Header = "resource,phase,period_start,actual,predicted,savings,cusum,production,enpi,uncertainty,confidence_pct,savings_lower,savings_upper";

    /// <summary>Renders <paramref name="report"/>'s series as one text (the CLI).</summary>
    public static string Render(AuditReport report) => string.Concat(Lines(report));

    /// <summary>The header and the rows one by one, each ending in CRLF, so the HTTP API streams them without buffering the whole text.</summary>
    public static IEnumerable<string> Lines(AuditReport report)
    {
        yield return Header + "\r\n";
        foreach (var baseline in report.Baselines)
        {
            foreach (var point in baseline.Model?.Fitted ?? [])
            {
                yield return Row(baseline.Resource, "baseline", point.PeriodStart, point.Actual, point.Fitted, null, null, null, null, null, null, null, null);
            }

            foreach (var point in baseline.Savings?.Points ?? [])
            {
                yield return Row(baseline.Resource, "reporting", point.PeriodStart, point.Actual, point.Predicted, point.Savings, point.Cusum, point.Production, point.Enpi, null, null, null, null);
            }

            if (baseline.Savings is { } s)
            {
                var u = s.Uncertainty;
                yield return Row(baseline.Resource, "total", report.ReportingPeriod.From, s.TotalActual, s.TotalPredicted, s.TotalSavings, null, s.TotalProduction, s.Enpi, u?.Uncertainty, u?.ConfidencePercent, u?.Lower, u?.Upper);
            }
        }
    }

    /// <summary>Writes <paramref name="report"/>'s lines to <paramref name="body"/> as they are made.</summary>
    public static async Task WriteAsync(AuditReport report, Stream body, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(false), bufferSize: 4096, leaveOpen: true);
        foreach (var line in Lines(report))
        {
            await writer.WriteAsync(line.AsMemory(), cancellationToken);
        }
    }

    private static string Row(string resource, string phase, DateOnly start, params double?[] values)
    {
        var csv = new StringBuilder();
        csv.Append(resource).Append(',').Append(phase).Append(',').Append(start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        foreach (var value in values)
        {
            csv.Append(',');
            if (value is { } v)
            {
                csv.Append(v.ToString("R", CultureInfo.InvariantCulture));
            }
        }

        return csv.Append("\r\n").ToString();
    }
}
