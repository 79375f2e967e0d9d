using System.Globalization;

namespace ResourceMonitor.Worker.Baselines;

/// <summary>InfluxQL literals: RFC 3339 time strings and quoted identifiers and tag values.</summary>
public static class InfluxQlTime
{
    /// <summary><c>'2026-11-29T08:00:00Z'</c></summary>
    public static string Literal(DateTimeOffset instant) =>
        "'" + instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) + "'";

    /// <summary>A single-quoted string literal (tag value) with quotes and backslashes escaped.</summary>
    public static string Quote(string value) => "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    /// <summary>A double-quoted identifier (measurement, field, tag key).</summary>
    public static string Identifier(string name) => "\"" + name.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>Unix milliseconds (InfluxQL with <c>epoch=ms</c>) to an instant.</summary>
    public static DateTimeOffset FromEpochMs(object? value) =>
        DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(value, CultureInfo.InvariantCulture));

    /// <summary>
    /// The <c>GROUP BY time(1h, …)</c> interval whose buckets start at local hours: <c>1h</c> where the zone's offset is
    /// whole hours, <c>1h, 30m</c> for UTC+05:30 (local hours start at UTC :30), <c>1h, 15m</c> for UTC+05:45 (local 10:00 is 04:15 UTC).
    /// </summary>
    public static string LocalHourInterval(TimeZoneInfo timeZone)
    {
        var minutes = ((-timeZone.BaseUtcOffset.TotalMinutes % 60) + 60) % 60;
        return minutes == 0 ? "1h" : string.Create(CultureInfo.InvariantCulture, $"1h, {minutes:0}m");
    }

    /// <summary>
    /// The <c>tz('…')</c> clause that makes InfluxDB's <c>GROUP BY time(1d)</c> buckets start at local midnight by the
    /// zone's own rules, daylight saving included: a summer day in Europe/Berlin starts at 22:00 UTC, a winter day at
    /// 23:00 UTC, and the days of the changes are 23 and 25 hours long. (A fixed <c>GROUP BY time(1d, offset)</c> from
    /// the standard offset started summer days at 01:00 local.) InfluxDB 1.x resolves the IANA name with its own tzdata.
    /// </summary>
    public static string TimeZoneClause(TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var id = timeZone.HasIanaId || !TimeZoneInfo.TryConvertWindowsIdToIanaId(timeZone.Id, out var iana) ? timeZone.Id : iana;
        return "tz(" + Quote(id) + ")";
    }
}
