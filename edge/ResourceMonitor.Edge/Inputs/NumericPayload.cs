using System.Globalization;
using System.Text;

namespace ResourceMonitor.Edge.Inputs;

/// <summary>Parses a payload that is one number (ESPHome state, Shelly Gen1 topics, plain meters).</summary>
public static class NumericPayload
{
    // ESPHome publishes "nan" for a sensor without a value; Home Assistant bridges and Node-RED flows "unavailable" or "unknown".
    private static readonly string[] PlaceholderWords = ["nan", "-nan", "null", "none", "unavailable", "unknown", "n/a"];

    /// <summary>True when <paramref name="text"/> is a word devices send instead of a number (<c>nan</c>, <c>unavailable</c>...).</summary>
    public static bool IsPlaceholder(string? text) => text is not null && PlaceholderWords.Contains(text.Trim(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses invariant-culture decimal text; false for empty, non-numeric, NaN or infinite values.</summary>
    public static bool TryParse(string? text, out double value)
    {
        value = 0;
        return text is not null
            && double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    /// <summary>Reads a whole payload as one number, or says why it is not one.</summary>
    public static Extraction Extract(ReadOnlyMemory<byte> payload)
    {
        if (payload.Length > 64)
        {
            return Extraction.Rejected($"a numeric payload is at most 64 bytes, this one {payload.Length}");
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(payload.Span);
        }
        catch (DecoderFallbackException)
        {
            return Extraction.Rejected("payload is not UTF-8 text");
        }

        if (IsPlaceholder(text))
        {
            return Extraction.Placeholder($"payload '{text.Trim()}' is the device's \"no value\"");
        }

        return TryParse(text, out var value)
            ? Extraction.Found(value, null)
            : Extraction.Rejected($"payload '{text.Trim()}' is not a finite number");
    }
}
