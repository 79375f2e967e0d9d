namespace ResourceMonitor.Domain.Baselines.Drivers;

/// <summary>
/// Cooling degree days from daily mean outdoor temperatures (the mean-temperature method): max(0, mean − base) per day,
/// summed over longer periods. The base temperature is the outdoor temperature below which no cooling is needed.
/// </summary>
public static class CoolingDegreeDays
{
    /// <summary>The conventional driver name in requests and reports.</summary>
    public const string DriverName = "cdd";

    /// <summary>The default base temperature, °C.</summary>
    public const double DefaultBaseCelsius = 18.0;

    /// <summary>Daily cooling degree days from daily mean temperatures in °C.</summary>
    public static IReadOnlyList<DailyValue> FromDailyMeans(IEnumerable<DailyValue> dailyMeanCelsius, double baseCelsius) =>
        dailyMeanCelsius.Select(d => new DailyValue(d.Day, Math.Max(0, d.Value - baseCelsius))).ToList();
}
