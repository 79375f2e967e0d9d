namespace ResourceMonitor.Domain.Baselines.Regression;

/// <summary>
/// ASHRAE Guideline 14 calibration limits for a model of a given granularity, and the basis on which they were chosen.
/// </summary>
/// <param name="MaxCvRmsePercent">Largest acceptable CV(RMSE), in percent.</param>
/// <param name="MaxAbsNmbePercent">Largest acceptable |NMBE|, in percent.</param>
/// <param name="Basis">Where the limits come from, for the report.</param>
public sealed record Ashrae14Criteria(double MaxCvRmsePercent, double MaxAbsNmbePercent, string Basis)
{
    /// <summary>
    /// Guideline 14 states limits for monthly data (CV(RMSE) ≤ 15 %, |NMBE| ≤ 5 %) and hourly data (≤ 30 %, ≤ 10 %) only.
    /// Daily and weekly models are held to the hourly limits: the monthly limits assume each point averages about
    /// thirty days of noise away, which a day or a week does not, so applying them would reject sound models for
    /// their resolution alone; the hourly limits are the guideline's limits for data finer than a month.
    /// </summary>
    public static Ashrae14Criteria For(Granularity granularity) => granularity switch
    {
        Granularity.Monthly => new(15, 5, "ASHRAE Guideline 14, monthly data"),
        Granularity.Hourly => new(30, 10, "ASHRAE Guideline 14, hourly data"),
        Granularity.Daily => new(30, 10, "ASHRAE Guideline 14 hourly limits, applied to daily data (the guideline states monthly and hourly only; daily data is finer than monthly)"),
        Granularity.Weekly => new(30, 10, "ASHRAE Guideline 14 hourly limits, applied to weekly data (the guideline states monthly and hourly only; weekly data is finer than monthly)"),
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "Unknown granularity."),
    };

    /// <summary>Whether a model with these statistics meets the limits.</summary>
    public bool IsMetBy(double cvRmsePercent, double nmbePercent) =>
        cvRmsePercent <= MaxCvRmsePercent && Math.Abs(nmbePercent) <= MaxAbsNmbePercent;
}
