namespace ResourceMonitor.Domain.Baselines.Savings;

/// <summary>
/// The terms of ASHRAE Guideline 14's savings uncertainty (Annex B), all explicit so a caller can apply another
/// tool's conventions (the eemeter reference test does).
/// </summary>
/// <param name="TValue">Student's t at the confidence, with the model's residual degrees of freedom.</param>
/// <param name="CvRmse">CV(RMSE) of the baseline model as a fraction (RMSE / mean consumption).</param>
/// <param name="BaselinePoints">n: observations of the baseline model.</param>
/// <param name="LagOneAutocorrelation">ρ of the baseline residuals.</param>
/// <param name="ReportingPoints">m: reporting-period observations the savings sum.</param>
/// <param name="Energy">The consumption the uncertainty is a fraction of (Guideline 14: the baseline's prediction over the reporting period).</param>
/// <param name="Correction">The factor for the model's resolution (1.26 in Guideline 14-2002; a polynomial in the reporting months since: <see cref="UncertaintyCorrection"/>).</param>
public sealed record UncertaintyInputs(
    double TValue,
    double CvRmse,
    int BaselinePoints,
    double LagOneAutocorrelation,
    int ReportingPoints,
    double Energy,
    double Correction)
{
    /// <summary>n′ = n (1 − ρ) / (1 + ρ): the baseline's effective number of independent points.</summary>
    public double EffectivePoints => BaselinePoints * (1 - LagOneAutocorrelation) / (1 + LagOneAutocorrelation);

    /// <summary>
    /// The absolute uncertainty of the savings: t × correction × CV(RMSE) × energy × √((n / n′)(1 + 2 / n′)(1 / m)).
    /// </summary>
    public double Uncertainty()
    {
        var nPrime = EffectivePoints;
        return TValue * Correction * CvRmse * Energy * Math.Sqrt(BaselinePoints / nPrime * (1 + (2 / nPrime)) / ReportingPoints);
    }
}
