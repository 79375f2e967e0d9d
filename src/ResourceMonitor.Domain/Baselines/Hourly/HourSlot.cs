using ResourceMonitor.Domain.Baselines.Profiles;

namespace ResourceMonitor.Domain.Baselines.Hourly;

/// <summary>
/// The indicator an hour belongs to: its local hour of the week (0–167, Monday 00:00 first), or on a holiday with the
/// holiday driver one of 24 holiday hours of the day (168–191). Local time by the zone's rules, so an hour keeps its
/// slot across daylight-saving changes.
/// </summary>
public static class HourSlot
{
    /// <summary>Slots in all: 168 hours of the week and 24 holiday hours.</summary>
    public const int Count = HourOfWeek.Count + 24;

    /// <summary>The slot of the hour starting at <paramref name="start"/>.</summary>
    public static int Of(DateTimeOffset start, TimeZoneInfo timeZone, IReadOnlySet<DateOnly> holidays)
    {
        var local = TimeZoneInfo.ConvertTime(start, timeZone).DateTime;
        return holidays.Contains(DateOnly.FromDateTime(local)) ? HourOfWeek.Count + local.Hour : HourOfWeek.Of(local);
    }

    /// <summary>Whether <paramref name="slot"/> is a holiday hour.</summary>
    public static bool IsHoliday(int slot) => slot >= HourOfWeek.Count;
}
