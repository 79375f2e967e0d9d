using System.Globalization;
using System.Text;
using System.Text.Json;
using static ResourceMonitor.Worker.Reports.ReportHtml;

namespace ResourceMonitor.Worker.Reports;

/// <summary>The HTML report's sections on data sufficiency, the weather model chosen and the savings uncertainty.</summary>
internal static class ReportHtmlChecks
{
    /// <summary>The report header's words on degree days: the method and the balance points requested or searched.</summary>
    public static string Weather(AuditReport report) => string.Create(CultureInfo.InvariantCulture,
        $"degree days by {(report.DegreeDayMethod == Domain.Baselines.Weather.DegreeDayMethod.DailyMean ? "the daily mean" : "degree-hours")}, HDD base {Base(report.HddBaseCelsius)}, CDD base {Base(report.CddBaseCelsius)}");

    public static void Sufficiency(StringBuilder html, ResourceBaseline baseline)
    {
        if (baseline.Sufficiency is not { } s)
        {
            return;
        }

        html.Append("<h3>Data sufficiency</h3><table class=\"sufficiency\"><tr><th>Rule</th><th>Value</th><th>Criterion</th><th>Verdict</th></tr>");
        StatRow(html, "Baseline days", s.BaselineDays.ToString(CultureInfo.InvariantCulture), $"≥ {s.Rules.MinBaselineDays} (CalTRACK)", s.BaselineDays >= s.Rules.MinBaselineDays);
        StatRow(html, "Complete days", $"{s.CompleteDays} ({N(s.ShareOfDays * 100, "0.0")} %): {s.PartialDays} partial, {s.DaysWithoutConsumption} without consumption, {s.DaysWithoutWeather} without weather, {s.DaysWithoutOtherDrivers} without another driver",
            $"≥ {N(s.Rules.MinShareOfDays * 100, "0.#")} % of days; a day counts when its meters cover ≥ {N(s.Rules.MinDayCoverage * 100, "0.#")} % of it", s.ShareOfDays >= s.Rules.MinShareOfDays);
        html.Append("</table>");
    }

    public static void ModelChoice(StringBuilder html, ResourceBaseline baseline)
    {
        if (baseline.WeatherModel is not { } w)
        {
            return;
        }

        html.Append("<h3>Weather model</h3><p class=\"weather-model\">").Append(E(string.Create(CultureInfo.InvariantCulture,
            $"Chosen: {Words(w.Form.ToString())}{(w.HeatingBaseCelsius is { } h ? $", heating balance point {h:0.0} °C" : "")}{(w.CoolingBaseCelsius is { } cool ? $", cooling balance point {cool:0.0} °C" : "")} (best adjusted R² among the qualified candidates)."))).Append("</p>");
        html.Append("<table class=\"candidates\"><tr><th>Form</th><th>Tried</th><th>Qualified</th><th>Best qualified (adj. R², balance points)</th><th>Rejected</th></tr>");
        foreach (var c in w.Candidates)
        {
            var best = c.BestAdjustedRSquared is { } r
                ? string.Create(CultureInfo.InvariantCulture, $"{r:0.0000}{(c.BestHeatingBase is { } hb ? $", HDD {hb:0.0} °C" : "")}{(c.BestCoolingBase is { } cb ? $", CDD {cb:0.0} °C" : "")}")
                : "none";
            var rejected = c.Rejected.Count == 0 ? "" : string.Join(", ", c.Rejected.Select(kv => $"{kv.Value} {Words(kv.Key)}"));
            html.Append("<tr><td>").Append(E(Words(c.Form.ToString()))).Append("</td><td>").Append(c.Tried.ToString(CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(c.Qualified.ToString(CultureInfo.InvariantCulture)).Append("</td><td>").Append(E(best))
                .Append("</td><td>").Append(E(rejected)).Append("</td></tr>");
        }

        html.Append("</table>");
    }

    public static void Uncertainty(StringBuilder html, ResourceBaseline baseline)
    {
        if (baseline.Savings?.Uncertainty is not { } u)
        {
            return;
        }

        var savings = baseline.Savings.TotalSavings;
        html.Append("<h3>Savings uncertainty</h3><p class=\"uncertainty\">").Append(E(string.Create(CultureInfo.InvariantCulture,
            $"Savings {savings:#,0.##} ± {u.Uncertainty:#,0.##} {baseline.Unit} at {u.ConfidencePercent} % confidence (from {u.Lower:#,0.##} to {u.Upper:#,0.##}; fractional uncertainty {u.FractionalUncertaintyPercent:0.#} %; ASHRAE Guideline 14 with lag-1 autocorrelation ρ {u.LagOneAutocorrelation:0.###}, n′ {u.EffectivePoints:0.#}, t {u.TValue:0.###}). ")))
            .Append(Verdict(u.SavingsExceedUncertainty, "The savings exceed their uncertainty.", "The savings do not exceed their uncertainty: they cannot be told from zero at this confidence."))
            .Append("</p>");
    }

    private static string Base(double? celsius) => celsius is { } c ? c.ToString("0.0 °C", CultureInfo.InvariantCulture) : "searched (CalTRACK grid 30–90 °F)";

    private static string Words(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name).Replace('_', ' ');
}
