using System.Globalization;
using System.Text;

namespace ResourceMonitor.Worker.Reports;

/// <summary>
/// The CSV rendering: one row per resource and period, baseline periods (actual and fitted) then reporting periods
/// (actual, predicted, savings, CUSUM, production, EnPI). RFC 4180, invariant culture, ISO dates.
/// </summary>
public static class ReportCsv
{
    /// <summary>The header row.</summary>
    public const string Header = "resource,phase,period_start,actual,predicted,savings,cusum,production,enpi";

    /// <summary>Renders <paramref name="report"/>'s series.</summary>
    public static string Render(AuditReport report)
    {
        var csv = new StringBuilder().Append(Header).Append("\r\n");
        foreach (var baseline in report.Baselines)
        {
            foreach (var point in baseline.Model?.Fitted ?? [])
            {
                Row(csv, baseline.Resource, "baseline", point.PeriodStart, point.Actual, point.Fitted, null, null, null, null);
            }

            foreach (var point in baseline.Savings?.Points ?? [])
            {
                Row(csv, baseline.Resource, "reporting", point.PeriodStart, point.Actual, point.Predicted, point.Savings, point.Cusum, point.Production, point.Enpi);
            }
        }

        return csv.ToString();
    }

    private static void Row(StringBuilder csv, string resource, string phase, DateOnly start, params double?[] values)
    {
        csv.Append(resource).Append(',').Append(phase).Append(',').Append(start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        foreach (var value in values)
        {
            csv.Append(',');
            if (value is { } v)
            {
                csv.Append(v.ToString("R", CultureInfo.InvariantCulture));
            }
        }

        csv.Append("\r\n");
    }
}
