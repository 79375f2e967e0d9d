namespace ResourceMonitor.Domain.Calendar;

/// <summary>
/// The instants at which local hours start in a time zone. Not every zone's local hour starts on a UTC hour
/// (Asia/Kolkata is UTC+05:30: local hours start at UTC :30); across a DST change a local hour is skipped (spring) or
/// occurs twice (autumn, two distinct instants), and a zone whose DST shift is half an hour (Australia/Lord_Howe)
/// moves its hour starts by half an hour. Stepping in UTC and truncating in local time handles all of these.
/// </summary>
public static class LocalHours
{
    /// <summary>The start of the local hour containing <paramref name="instant"/>.</summary>
    public static DateTimeOffset StartOf(DateTimeOffset instant, TimeZoneInfo timeZone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, timeZone);
        var intoHour = TimeSpan.FromTicks(local.Ticks % TimeSpan.TicksPerHour);
        return instant - intoHour;
    }

    /// <summary>
    /// Every local hour start from the start of the hour containing <paramref name="from"/> up to and including
    /// <paramref name="through"/>, in order, each a distinct instant.
    /// </summary>
    public static IEnumerable<DateTimeOffset> Starting(DateTimeOffset from, DateTimeOffset through, TimeZoneInfo timeZone)
    {
        var start = StartOf(from, timeZone);
        while (start <= through)
        {
            yield return start;

            // One hour later is inside the next local hour (or, past a half-hour DST shift, part-way into it):
            // its start is always later than this one, because no instant is a whole hour into its local hour.
            start = StartOf(start.AddHours(1), timeZone);
        }
    }
}
