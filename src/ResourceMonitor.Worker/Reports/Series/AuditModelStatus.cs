using System.Globalization;
using System.Text.RegularExpressions;
using ResourceMonitor.Domain.Baselines.Regression;

namespace ResourceMonitor.Worker.Reports.Series;

/// <summary>
/// One line a non-specialist can read about a resource's baseline model: <c>valid: …</c> when it meets ASHRAE
/// Guideline 14 and the ISO 50006 checks, <c>use with care: …</c> naming what fails, <c>refused: too few points …</c>.
/// </summary>
public static partial class AuditModelStatus
{
    /// <summary>The status of <paramref name="baseline"/>.</summary>
    public static string Of(ResourceBaseline baseline)
    {
        if (baseline.Refusal is { } refusal)
        {
            return $"refused: {Words(refusal.Reason)}. {refusal.Detail}";
        }

        if (baseline.Model is not { } model)
        {
            return "refused";
        }

        var problems = Problems(model, baseline.Savings?.RangeCheckPasses ?? true);
        if (baseline.OutOfSample is { Passes: false } outOfSample)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"out of sample CV(RMSE) {outOfSample.CvRmsePercent:0.#} %, NMBE {outOfSample.NmbePercent:0.#} % (worst block {outOfSample.WorstFoldNmbePercent:0.#} %) beyond ASHRAE 14"));
        }

        if (baseline.Savings?.Uncertainty is { SavingsExceedUncertainty: false } u)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"savings within their uncertainty (±{u.Uncertainty:0.#} at {u.ConfidencePercent} %)"));
        }
        return problems.Count == 0
            ? "valid: meets ASHRAE Guideline 14 and the ISO 50006 checks"
            : "use with care: " + string.Join("; ", problems);
    }

    /// <summary>A refusal reason in words: <c>TooFewPoints</c> → <c>too few points</c>.</summary>
    public static string Words(RefusalReason reason) => WordStart().Replace(reason.ToString(), " $1").Trim().ToLowerInvariant();

    private static List<string> Problems(RegressionModel model, bool driversWithinRange)
    {
        var problems = new List<string>();
        var limits = model.Ashrae14;
        if (!(model.CvRmsePercent <= limits.MaxCvRmsePercent))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"CV(RMSE) {model.CvRmsePercent:0.#} % above {limits.MaxCvRmsePercent:0} %"));
        }

        if (!(Math.Abs(model.NmbePercent) <= limits.MaxAbsNmbePercent))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"|NMBE| {Math.Abs(model.NmbePercent):0.#} % above {limits.MaxAbsNmbePercent:0} %"));
        }

        var iso = model.Iso50006;
        if (!iso.RSquaredPasses)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"R² {model.RSquared:0.##} below {Iso50006Checks.MinRSquared}"));
        }

        if (!iso.FTestPasses)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"F-test p {model.FPValue:0.###} not below {Iso50006Checks.MaxFTestPValue}"));
        }

        if (iso.VariablesFailingPValue.Count > 0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"not significant (p ≥ {Iso50006Checks.MaxVariablePValue}): {string.Join(", ", iso.VariablesFailingPValue)}"));
        }

        if (!driversWithinRange)
        {
            problems.Add("more reporting periods outside the baseline's driver range than the range check accepts");
        }

        return problems;
    }

    [GeneratedRegex("([A-Z])")]
    private static partial Regex WordStart();
}
