using System.Globalization;

namespace ResourceMonitor.Contracts.Codec;

/// <summary>ISO 8601 timestamps as the contract writes and reads them.</summary>
public static class ContractTimestamp
{
    /// <summary>Formats as <c>2026-11-29T08:00:00.000Z</c>.</summary>
    public static string Format(DateTimeOffset ts) =>
        ts.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses an ISO 8601 date-time that carries an explicit offset (<c>Z</c> or <c>±hh:mm</c>) and returns it in UTC.
    /// A timestamp without an offset is refused: its meaning would depend on the receiver's time zone.
    /// </summary>
    public static bool TryParse(string? text, out DateTimeOffset utc)
    {
        utc = default;
        if (text is null || text.Length < 20 || text.Length > 40 || text[4] != '-' || text[7] != '-' || text[10] != 'T')
        {
            return false;
        }

        if (!HasExplicitOffset(text))
        {
            return false;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        utc = parsed.ToUniversalTime();
        return true;
    }

    private static bool HasExplicitOffset(string text)
    {
        var last = text[^1];
        if (last is 'Z' or 'z')
        {
            return true;
        }

        return text.Length >= 6 && text[^6] is '+' or '-' && text[^3] == ':';
    }
}
