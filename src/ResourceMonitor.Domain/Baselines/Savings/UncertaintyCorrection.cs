using ResourceMonitor.Domain.Baselines.Regression;

namespace ResourceMonitor.Domain.Baselines.Savings;

/// <summary>
/// The empirical correction of the savings-uncertainty formula for the length of the reporting period: a polynomial
/// a·M² + b·M + c in the reporting months M, fitted for daily and for monthly models (the coefficients eemeter uses;
/// Guideline 14-2002 had the constant 1.26). Daily and weekly models take the daily polynomial with M = days / 30;
/// monthly models the monthly one with M = months.
/// </summary>
public static class UncertaintyCorrection
{
    /// <summary>The correction for <paramref name="reportingDays"/> days of a model of <paramref name="granularity"/>.</summary>
    public static double For(Granularity granularity, double reportingDays)
    {
        if (granularity == Granularity.Monthly)
        {
            var months = reportingDays / (365.25 / 12);
            return (-0.00022 * months * months) + (0.03306 * months) + 0.94054;
        }

        var m = reportingDays / 30.0;
        return (-0.00024 * m * m) + (0.03535 * m) + 1.00286;
    }
}
