using ResourceMonitor.Domain.Baselines.Regression;

namespace ResourceMonitor.Domain.Baselines.Drivers;

/// <summary>Which period of a granularity a local day belongs to, and how many days that period has.</summary>
public static class PeriodCalendar
{
    /// <summary>The first day of the period containing <paramref name="day"/> (weeks start on Monday, ISO 8601).</summary>
    public static DateOnly StartOf(DateOnly day, Granularity granularity) => granularity switch
    {
        Granularity.Daily => day,
        Granularity.Weekly => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        Granularity.Monthly => new DateOnly(day.Year, day.Month, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "Periods are built from days: daily, weekly or monthly."),
    };

    /// <summary>The number of days of the period starting at <paramref name="start"/>.</summary>
    public static int DaysIn(DateOnly start, Granularity granularity) => granularity switch
    {
        Granularity.Daily => 1,
        Granularity.Weekly => 7,
        Granularity.Monthly => DateTime.DaysInMonth(start.Year, start.Month),
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "Periods are built from days: daily, weekly or monthly."),
    };
}
