namespace ResourceMonitor.Domain.Baselines.Weather;

/// <summary>The rules a weather candidate model must meet to be kept (CalTRACK daily methods, section 3.4).</summary>
public sealed record WeatherSearchOptions
{
    /// <summary>
    /// A degree-day slope's two-sided p-value must be below this (CalTRACK 1.0's significance rule; 0.10). A candidate
    /// whose weather term is not significant explains noise, not weather. 1 turns the rule off (eemeter 2.x's default).
    /// </summary>
    public double MaxSlopePValue { get; init; } = 0.10;

    /// <summary>Fewest periods with a non-zero degree-day value for a daily candidate to be tried (CalTRACK: 10).</summary>
    public int MinNonZeroPeriods { get; init; } = 10;

    /// <summary>Least sum of a candidate's degree days over the baseline, °C·d (CalTRACK: 20 °F·d = 11.1 °C·d).</summary>
    public double MinTotalDegreeDays { get; init; } = 20 * 5.0 / 9.0;

    /// <summary>The defaults.</summary>
    public static WeatherSearchOptions Default { get; } = new();
}
