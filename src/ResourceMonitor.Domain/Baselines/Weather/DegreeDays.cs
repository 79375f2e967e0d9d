namespace ResourceMonitor.Domain.Baselines.Weather;

/// <summary>Heating and cooling degree days of one day, °C·d, by <see cref="DegreeDayMethod"/>.</summary>
public static class DegreeDays
{
    /// <summary>The driver name of heating degree days in requests, models and reports.</summary>
    public const string HeatingDriver = "hdd";

    /// <summary>The driver name of cooling degree days in requests, models and reports.</summary>
    public const string CoolingDriver = "cdd";

    /// <summary>Heating degree days of <paramref name="day"/> below <paramref name="baseCelsius"/>.</summary>
    public static double Heating(DailyTemperature day, double baseCelsius, DegreeDayMethod method) => method switch
    {
        DegreeDayMethod.DailyMean => Math.Max(0, baseCelsius - day.Mean),
        _ => day.Hourly.Average(t => Math.Max(0, baseCelsius - t)),
    };

    /// <summary>Cooling degree days of <paramref name="day"/> above <paramref name="baseCelsius"/>.</summary>
    public static double Cooling(DailyTemperature day, double baseCelsius, DegreeDayMethod method) => method switch
    {
        DegreeDayMethod.DailyMean => Math.Max(0, day.Mean - baseCelsius),
        _ => day.Hourly.Average(t => Math.Max(0, t - baseCelsius)),
    };
}
