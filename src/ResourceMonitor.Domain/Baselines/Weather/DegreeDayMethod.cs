namespace ResourceMonitor.Domain.Baselines.Weather;

/// <summary>How a day's heating and cooling degree days are computed from its outdoor temperatures.</summary>
public enum DegreeDayMethod
{
    /// <summary>
    /// Degree-hours: the mean over the day's hourly temperatures of max(0, base − T) (heating) or max(0, T − base)
    /// (cooling). A day that is 8 °C at night and 30 °C at noon has both heating and cooling degree days, which the
    /// daily mean hides. The default wherever hourly temperatures exist.
    /// </summary>
    DegreeHours,

    /// <summary>
    /// The daily-mean method of CalTRACK's daily models (and eemeter 2.x): max(0, base − mean) and max(0, mean − base)
    /// of the day's mean temperature. Used to reproduce CalTRACK results, or where only a daily value is known.
    /// </summary>
    DailyMean,
}
