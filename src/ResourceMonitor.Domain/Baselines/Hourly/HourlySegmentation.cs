namespace ResourceMonitor.Domain.Baselines.Hourly;

/// <summary>How the baseline year is split into separately fitted models.</summary>
public enum HourlySegmentation
{
    /// <summary>One model over the whole baseline (short baselines, the live band).</summary>
    Whole,

    /// <summary>
    /// CalTRACK 3.3.1: one model per calendar month, fitted on that month (weight 1) and the months before and after
    /// it (weight 0.5); a month is predicted by its own model. Needs each predicted month in the baseline.
    /// </summary>
    ThreeMonthWeighted,
}
