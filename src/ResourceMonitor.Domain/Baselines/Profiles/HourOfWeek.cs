namespace ResourceMonitor.Domain.Baselines.Profiles;

/// <summary>Hour of the week in local time: 0 = Monday 00:00–01:00 … 167 = Sunday 23:00–24:00 (ISO 8601 weeks).</summary>
public static class HourOfWeek
{
    /// <summary>Hours in a week.</summary>
    public const int Count = 168;

    /// <summary>The hour of the week of a local time.</summary>
    public static int Of(DateTime localTime) => ((((int)localTime.DayOfWeek + 6) % 7) * 24) + localTime.Hour;

    /// <summary>The hour of the week of an instant in <paramref name="timeZone"/>.</summary>
    public static int Of(DateTimeOffset instant, TimeZoneInfo timeZone) => Of(TimeZoneInfo.ConvertTime(instant, timeZone).DateTime);
}
