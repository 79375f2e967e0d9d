namespace ResourceMonitor.Edge.Simulation;

/// <summary>
/// The daily and weekly shapes of the catalog's meter profiles, as a multiplier of the nominal rate at a local time:
/// continuous (process plants), day-shift (07–17, quiet weekends), two-shift (06–22, quiet Sundays), ambient (temperature swing).
/// Without a profile, the meter's own daily amplitude and weekend drop apply.
/// </summary>
public static class LoadProfile
{
    /// <summary>The multiplier of the nominal rate at <paramref name="local"/>.</summary>
    public static double Factor(SimulatedMeterOptions meter, DateTime local)
    {
        var hour = local.TimeOfDay.TotalHours;
        var weekend = local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        return meter.Profile switch
        {
            "continuous" => 1 + (0.05 * Math.Sin(2 * Math.PI * (hour - 9) / 24)),
            "day-shift" => hour is >= 7 and < 17 ? (weekend ? 0.2 : 1.4) : 0.15,
            "two-shift" => local.DayOfWeek == DayOfWeek.Sunday ? 0.3 : hour is >= 6 and < 22 ? 1.25 : 0.25,
            "ambient" => 1 + (0.12 * Math.Sin(2 * Math.PI * (hour - 8) / 24)),
            "stock" => 1,
            _ => (1 + (meter.DailyAmplitude * Math.Sin(2 * Math.PI * (hour - 9) / 24))) * (weekend ? 1 - meter.WeekendDrop : 1),
        };
    }
}
