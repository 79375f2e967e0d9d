namespace ResourceMonitor.Domain.Baselines.Weather;

/// <summary>One local day's outdoor temperature: the hourly means that exist for it, in °C.</summary>
/// <param name="Day">The local day.</param>
/// <param name="Hourly">The mean temperature of each hour of the day that had a reading (at most one per hour).</param>
public sealed record DailyTemperature(DateOnly Day, IReadOnlyList<double> Hourly)
{
    /// <summary>
    /// Hours a day needs for its temperature to count: more than half of them (CalTRACK 2.2.2.3: a day's temperature
    /// is sufficient with more than 50 % hourly coverage). A day with fewer is a missing weather day.
    /// </summary>
    public const int MinimumHours = 13;

    /// <summary>The mean of the hourly temperatures.</summary>
    public double Mean => Hourly.Average();

    /// <summary>Whether the day has enough hours to count (<see cref="MinimumHours"/>).</summary>
    public bool IsSufficient => Hourly.Count >= MinimumHours;
}
