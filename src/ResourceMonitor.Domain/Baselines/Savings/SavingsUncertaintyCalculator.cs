using MathNet.Numerics.Distributions;
using ResourceMonitor.Domain.Baselines.Regression;

namespace ResourceMonitor.Domain.Baselines.Savings;

/// <summary>
/// ASHRAE Guideline 14 savings uncertainty of a fitted baseline applied to a reporting period:
/// U = t × correction × CV(RMSE) × E × √((n / n′)(1 + 2 / n′)(1 / m)), with E the baseline's prediction over the
/// reporting period (Σ predicted), n the baseline observations, m the reporting ones, n′ = n (1 − ρ)/(1 + ρ) from the
/// residuals' lag-1 autocorrelation ρ (taken as 0 when negative), CV(RMSE) with n − p degrees of freedom and t two-sided
/// at the confidence with n − p degrees of freedom.
/// </summary>
public static class SavingsUncertaintyCalculator
{
    /// <summary>The uncertainty of <paramref name="savings"/> at <paramref name="confidencePercent"/> (68, 80, 90 or 95).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Another confidence: a caller bug, requests are validated.</exception>
    public static SavingsUncertainty? For(RegressionModel model, SavingsReport savings, int confidencePercent)
    {
        if (!SavingsUncertainty.Confidences.Contains(confidencePercent))
        {
            throw new ArgumentOutOfRangeException(nameof(confidencePercent), confidencePercent, "The confidence must be 68, 80, 90 or 95 %.");
        }

        var m = savings.Points.Count;
        if (m == 0 || model.ResidualDegreesOfFreedom < 1)
        {
            return null;
        }

        var rho = ResidualAutocorrelation.LagOne(model.Fitted.Select(f => f.Actual - f.Fitted).ToList());
        var t = TValue(confidencePercent, model.ResidualDegreesOfFreedom);
        var days = savings.Points.Count * DaysPerPoint(model.Granularity);
        var inputs = new UncertaintyInputs(
            t,
            model.CvRmsePercent / 100,
            model.Observations,
            double.IsFinite(rho) ? Math.Max(0, rho) : 0,
            m,
            savings.TotalPredicted,
            UncertaintyCorrection.For(model.Granularity, days));
        var u = Math.Abs(inputs.Uncertainty());
        var total = savings.TotalSavings;
        return new SavingsUncertainty(
            confidencePercent,
            t,
            rho,
            inputs.EffectivePoints,
            inputs.Correction,
            u,
            total == 0 ? double.PositiveInfinity : u / Math.Abs(total) * 100,
            total - u,
            total + u,
            Math.Abs(total) > u);
    }

    /// <summary>Two-sided Student's t at <paramref name="confidencePercent"/> with <paramref name="degreesOfFreedom"/>.</summary>
    public static double TValue(double confidencePercent, double degreesOfFreedom) =>
        StudentT.InvCDF(0, 1, degreesOfFreedom, 1 - ((1 - (confidencePercent / 100)) / 2));

    private static double DaysPerPoint(Granularity granularity) => granularity switch
    {
        Granularity.Weekly => 7,
        Granularity.Monthly => 365.25 / 12,
        Granularity.Hourly => 1.0 / 24,
        _ => 1,
    };
}
