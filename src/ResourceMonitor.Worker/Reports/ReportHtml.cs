using System.Globalization;
using System.Net;
using System.Text;
using ResourceMonitor.Domain.Baselines.Regression;

namespace ResourceMonitor.Worker.Reports;

/// <summary>
/// The page an auditor reads: summary table, per resource the fit statistics with their verdicts, the coefficients,
/// and three charts (actual vs baseline, CUSUM, EnPI) as inline SVG, so the file stands alone (no script, no network).
/// </summary>
public static class ReportHtml
{
    internal const string Style = """
        body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#222}
        table{border-collapse:collapse;margin:0.5rem 0 1rem}td,th{border:1px solid #bbb;padding:0.25rem 0.6rem;text-align:right}
        th{background:#eef}td:first-child,th:first-child{text-align:left}.pass{color:#176a1b}.fail{color:#b00020;font-weight:bold}
        figure{margin:0.5rem 0}figure svg{max-width:100%;height:auto}section{border-top:2px solid #99a;margin-top:1.5rem}
        """;

    /// <summary>Renders <paramref name="report"/>.</summary>
    public static string Render(AuditReport report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(E($"Audit report {report.Plant} {report.ReportingPeriod.From:yyyy-MM-dd} to {report.ReportingPeriod.To:yyyy-MM-dd}"))
            .Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>").Append(E($"Resource audit: {report.Plant}")).Append("</h1>");
        html.Append("<p>").Append(E(string.Create(CultureInfo.InvariantCulture,
            $"Park {report.Park ?? "(no data)"} · reporting period {report.ReportingPeriod.From:yyyy-MM-dd} to {report.ReportingPeriod.To:yyyy-MM-dd} (exclusive) · baseline period {report.BaselinePeriod.From:yyyy-MM-dd} to {report.BaselinePeriod.To:yyyy-MM-dd} · {report.Granularity} model · {ReportHtmlChecks.Weather(report)} · savings uncertainty at {report.ConfidencePercent} % confidence · days in {report.TimeZone} · generated {report.GeneratedAt:yyyy-MM-dd HH:mm} UTC")))
            .Append("</p>");
        Summary(html, report);
        foreach (var baseline in report.Baselines)
        {
            Resource(html, baseline);
        }

        Symbiosis(html, report);
        return html.Append("</body></html>").ToString();
    }

    private static void Symbiosis(StringBuilder html, AuditReport report)
    {
        html.Append("<section><h2>Symbiosis</h2><p>").Append(E(report.Symbiosis.Note)).Append("</p>");
        if (report.Symbiosis.Opportunities.Count > 0)
        {
            html.Append("<table id=\"symbiosis\"><tr><th>Opportunity</th><th>Resource</th><th>From</th><th>To</th><th>Alerts</th><th>Quantity</th><th>Money saved</th><th>CO2e avoided, kg</th><th>Stage</th><th>Legal standing</th></tr>");
            foreach (var o in report.Symbiosis.Opportunities)
            {
                html.Append("<tr><td>").Append(E(o.Opportunity)).Append("</td><td>").Append(E(o.Resource)).Append("</td><td>").Append(E(o.FromPlant))
                    .Append("</td><td>").Append(E(o.ToPlant)).Append("</td><td>").Append(o.Alerts.ToString(CultureInfo.InvariantCulture))
                    .Append("</td><td>").Append(N(o.Quantity)).Append("</td><td>").Append(N(o.Money, "#,0")).Append("</td><td>").Append(N(o.Co2eKg))
                    .Append("</td><td>").Append(E(o.Stage ?? "not proposed")).Append("</td><td>").Append(E(o.Legal ?? "")).Append("</td></tr>");
            }

            html.Append("</table>");
        }

        html.Append("</section>");
    }

    private static void Summary(StringBuilder html, AuditReport report)
    {
        html.Append("<h2>Summary</h2><table id=\"summary\"><tr><th>Resource</th><th>Total</th><th>Unit</th><th>Baseline predicts</th><th>Savings</th><th>Savings %</th><th>EnPI</th><th>Baseline EnPI</th><th>Model</th></tr>");
        foreach (var total in report.Totals)
        {
            var baseline = report.Baselines.FirstOrDefault(b => b.Resource == total.Resource);
            var savings = baseline?.Savings;
            html.Append("<tr><td>").Append(E(total.Resource)).Append("</td><td>").Append(N(total.Total)).Append("</td><td>").Append(E(total.Unit))
                .Append("</td><td>").Append(N(savings?.TotalPredicted)).Append("</td><td>").Append(N(savings?.TotalSavings))
                .Append("</td><td>").Append(N(savings?.SavingsPercent, "0.0")).Append("</td><td>").Append(N(savings?.Enpi, "0.###"))
                .Append("</td><td>").Append(N(savings?.BaselineEnpi, "0.###")).Append("</td><td>")
                .Append(baseline is null ? "" : baseline.Refusal is null && baseline.Model is { } m ? Verdict(m.MeetsAshrae14 && m.Iso50006.Passes && (savings?.RangeCheckPasses ?? true) && (baseline.OutOfSample?.Passes ?? true), "valid", "see checks") : "<span class=\"fail\">refused</span>")
                .Append("</td></tr>");
        }

        html.Append("</table>");
    }

    private static void Resource(StringBuilder html, ResourceBaseline baseline)
    {
        html.Append("<section><h2>").Append(E($"{baseline.Resource} ({baseline.Unit})")).Append("</h2>");
        foreach (var note in baseline.DriversLeftOut)
        {
            html.Append("<p>Driver left out: ").Append(E(note)).Append("</p>");
        }

        if (baseline.Refusal is { } refusal)
        {
            html.Append("<p class=\"fail refusal\">No baseline to measure savings against: ").Append(E(refusal.Detail)).Append("</p>");
        }

        ReportHtmlChecks.Sufficiency(html, baseline);
        ReportHtmlChecks.ModelChoice(html, baseline);
        if (baseline.Model is not { } model)
        {
            html.Append("</section>");
            return;
        }

        Statistics(html, model, baseline);
        Coefficients(html, model);
        ReportHtmlChecks.Uncertainty(html, baseline);
        if (baseline.Savings is null)
        {
            html.Append("</section>");
            return;
        }

        Figure(html, "actual-vs-baseline", ReportCharts.ActualVsBaseline(baseline));
        Figure(html, "cusum", ReportCharts.Cusum(baseline));
        if (baseline.Drivers.Contains(PlantData.ProductionResource))
        {
            Figure(html, "enpi", ReportCharts.Enpi(baseline));
        }

        html.Append("</section>");
    }

    private static void Statistics(StringBuilder html, RegressionModel model, ResourceBaseline baseline)
    {
        var savings = baseline.Savings;
        var outOfSample = baseline.OutOfSample;
        html.Append("<h3>Baseline fit</h3><table class=\"fit\"><tr><th>Statistic</th><th>Value</th><th>Criterion</th><th>Verdict</th></tr>");
        StatRow(html, "Observations n / parameters p", $"{model.Observations} / {model.Parameters}", "", null);
        StatRow(html, "R²", N(model.RSquared, "0.0000"), "≥ 0.5 (ISO 50006)", model.Iso50006.RSquaredPasses);
        StatRow(html, "Adjusted R²", N(model.AdjustedRSquared, "0.0000"), "", null);
        StatRow(html, "CV(RMSE)", N(model.CvRmsePercent, "0.00") + " %", $"≤ {model.Ashrae14.MaxCvRmsePercent} % ({model.Ashrae14.Basis})", model.CvRmsePercent <= model.Ashrae14.MaxCvRmsePercent);
        StatRow(html, "NMBE", N(model.NmbePercent + 0.0, "0.000;-0.000;0.000") + " %", $"|NMBE| ≤ {model.Ashrae14.MaxAbsNmbePercent} %", Math.Abs(model.NmbePercent) <= model.Ashrae14.MaxAbsNmbePercent);
        StatRow(html, "F-test p", P(model.FPValue), "< 0.10 (ISO 50006)", model.Iso50006.FTestPasses);
        if (outOfSample is not null)
        {
            StatRow(html, $"CV(RMSE) out of sample ({outOfSample.Folds}-fold, {outOfSample.Points} periods)", N(outOfSample.CvRmsePercent, "0.00") + " %", $"≤ {outOfSample.Criteria.MaxCvRmsePercent} %", outOfSample.CvRmsePercent <= outOfSample.Criteria.MaxCvRmsePercent);
            StatRow(html, "NMBE out of sample (pooled / worst block)", $"{N(outOfSample.NmbePercent, "0.00")} % / {N(outOfSample.WorstFoldNmbePercent, "0.00")} %", $"|NMBE| ≤ {outOfSample.Criteria.MaxAbsNmbePercent} %", Math.Abs(outOfSample.NmbePercent) <= outOfSample.Criteria.MaxAbsNmbePercent && Math.Abs(outOfSample.WorstFoldNmbePercent) <= outOfSample.Criteria.MaxAbsNmbePercent);
        }

        if (savings is not null)
        {
            StatRow(html, "Reporting periods outside the baseline's driver range", $"{N(savings.ShareOutsideBaselineRange * 100, "0.0")} % ({savings.DriversOutsideBaselineRange.Select(d => d.PeriodStart).Distinct().Count()} of {savings.Points.Count})", $"≤ {N(savings.MaxShareOutsideRange * 100, "0.#")} % (ISO 50006 range check)", savings.RangeCheckPasses);
        }

        StatRow(html, "Condition number (scaled)", N(model.ConditionNumber, "0.0"), "", null);
        html.Append("</table>");
    }

    private static void Coefficients(StringBuilder html, RegressionModel model)
    {
        html.Append("<h3>Coefficients</h3><table class=\"coefficients\"><tr><th>Term</th><th>Estimate</th><th>Std. error</th><th>t</th><th>p</th><th>p &lt; 0.20</th></tr>");
        foreach (var c in model.Coefficients)
        {
            html.Append("<tr><td>").Append(E(c.Name)).Append("</td><td>").Append(N(c.Estimate, "0.####")).Append("</td><td>").Append(N(c.StandardError, "0.####"))
                .Append("</td><td>").Append(N(c.TStatistic, "0.00")).Append("</td><td>").Append(P(c.PValue)).Append("</td><td>")
                .Append(c.Name == RegressionCoefficient.InterceptName ? "" : Verdict(c.PValue < Iso50006Checks.MaxVariablePValue, "yes", "no"))
                .Append("</td></tr>");
        }

        html.Append("</table>");
    }

    internal static void StatRow(StringBuilder html, string name, string value, string criterion, bool? pass) =>
        html.Append("<tr><td>").Append(E(name)).Append("</td><td>").Append(E(value)).Append("</td><td>").Append(E(criterion)).Append("</td><td>")
            .Append(pass is null ? "" : Verdict(pass.Value, "pass", "fail")).Append("</td></tr>");

    internal static void Figure(StringBuilder html, string name, string svg) =>
        html.Append("<figure class=\"chart\" data-chart=\"").Append(name).Append("\">").Append(StripXmlDeclaration(svg)).Append("</figure>");

    private static string StripXmlDeclaration(string svg)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start > 0 ? svg[start..] : svg;
    }

    internal static string Verdict(bool pass, string yes, string no) => pass ? $"<span class=\"pass\">{yes}</span>" : $"<span class=\"fail\">{no}</span>";

    internal static string N(double? value, string format = "#,0.##") => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "";

    internal static string P(double p) => p < 1e-15 ? "< 1E-15" : p.ToString("0.###E+0", CultureInfo.InvariantCulture);

    internal static string E(string text) => WebUtility.HtmlEncode(text);
}
