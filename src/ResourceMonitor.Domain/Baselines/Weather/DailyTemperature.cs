namespace ResourceMonitor.Domain.Baselines.Weather;

/// <summary>One local day's outdoor temperature: the hourly means that exist for it, in °C, or only its daily mean.</summary>
/// <param name="Day">The local day.</param>
/// <param name="Hourly">The mean temperature of each hour of the day that had a reading (at most one per hour); the daily mean alone when <paramref name="DailyMeanOnly"/>.</param>
/// <param name="DailyMeanOnly">Only the day's mean is known (no hourly temperatures): degree days by the daily-mean method, and the day counts as sufficient.</param>
public sealed record DailyTemperature(DateOnly Day, IReadOnlyList<double> Hourly, bool DailyMeanOnly = false)
{
    /// <summary>A day known only by its mean temperature.</summary>
    public static DailyTemperature FromMean(DateOnly day, double mean) => new(day, [mean], DailyMeanOnly: true);

    /// <summary>
    /// Hours a day needs for its temperature to count: more than half of them (CalTRACK 2.2.2.3: a day's temperature
    /// is sufficient with more than 50 % hourly coverage). A day with fewer is a missing weather day.
    /// </summary>
    public const int MinimumHours = 13;

    /// <summary>The mean of the hourly temperatures.</summary>
    public double Mean => Hourly.Average();

    /// <summary>Whether the day has enough hours to count (<see cref="MinimumHours"/>).</summary>
    public bool IsSufficient => DailyMeanOnly || Hourly.Count >= MinimumHours;
}
