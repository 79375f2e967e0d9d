namespace ResourceMonitor.Domain.Baselines.Regression;

/// <summary>
/// The validity checks energy auditors apply to an ISO 50006 regression baseline: overall F-test p &lt; 0.10,
/// every variable's p &lt; 0.20, R² ≥ 0.5. (The reporting period's drivers lying within the baseline's range is
/// checked when the model is applied: see <c>SavingsReport.DriversOutsideBaselineRange</c>.)
/// </summary>
/// <param name="FTestPasses">Overall F-test p-value below <see cref="MaxFTestPValue"/>.</param>
/// <param name="VariablesFailingPValue">Names of drivers whose coefficient p-value is at or above <see cref="MaxVariablePValue"/>.</param>
/// <param name="RSquaredPasses">R² at or above <see cref="MinRSquared"/>.</param>
public sealed record Iso50006Checks(bool FTestPasses, IReadOnlyList<string> VariablesFailingPValue, bool RSquaredPasses)
{
    /// <summary>Largest acceptable overall F-test p-value.</summary>
    public const double MaxFTestPValue = 0.10;

    /// <summary>Largest acceptable p-value of each variable.</summary>
    public const double MaxVariablePValue = 0.20;

    /// <summary>Smallest acceptable R².</summary>
    public const double MinRSquared = 0.5;

    /// <summary>Whether every check passes.</summary>
    public bool Passes => FTestPasses && VariablesFailingPValue.Count == 0 && RSquaredPasses;

    /// <summary>Applies the checks to fitted statistics.</summary>
    public static Iso50006Checks Evaluate(double fPValue, IEnumerable<RegressionCoefficient> drivers, double rSquared) => new(
        fPValue < MaxFTestPValue,
        drivers.Where(c => !(c.PValue < MaxVariablePValue)).Select(c => c.Name).ToList(),
        rSquared >= MinRSquared);
}
