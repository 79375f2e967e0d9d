using System.Globalization;

namespace ResourceMonitor.Edge.Inputs;

/// <summary>Parses the timestamps meters send: ISO 8601 with or without an offset (then local in the agent's zone), Unix seconds or milliseconds.</summary>
public static class MeterTime
{
    /// <summary>ISO 8601; a time without an offset is local time in <paramref name="zone"/>.</summary>
    public static bool TryParseIso(string? text, TimeZoneInfo zone, out DateTimeOffset timestamp)
    {
        timestamp = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            return false;
        }

        timestamp = parsed.Kind switch
        {
            DateTimeKind.Utc => new DateTimeOffset(parsed, TimeSpan.Zero),
            DateTimeKind.Local => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture).ToUniversalTime(),
            _ => Local(parsed, zone),
        };
        return true;
    }

    /// <summary>A local wall-clock time with a .NET format string, in <paramref name="zone"/>.</summary>
    public static bool TryParseExact(string? text, string format, TimeZoneInfo zone, out DateTimeOffset timestamp)
    {
        timestamp = default;
        if (text is null || !DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        timestamp = Local(parsed, zone);
        return true;
    }

    /// <summary>Unix time in seconds (fractions allowed) or milliseconds.</summary>
    public static bool TryFromUnix(double value, bool milliseconds, out DateTimeOffset timestamp)
    {
        timestamp = default;
        var ms = milliseconds ? value : value * 1000;
        if (!double.IsFinite(ms) || ms < 0 || ms > 253402300799999)
        {
            return false;
        }

        timestamp = DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(ms));
        return true;
    }

    private static DateTimeOffset Local(DateTime wallClock, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }
}
