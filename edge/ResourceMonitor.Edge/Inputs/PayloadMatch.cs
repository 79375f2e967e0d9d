using System.Globalization;
using System.Text.Json;

namespace ResourceMonitor.Edge.Inputs;

/// <summary>
/// A mapping's <c>Match</c>: the payload fields that pick one device on a topic many devices share (rtl_433 publishes every
/// transmitter it hears on <c>rtl_433/&lt;host&gt;/events</c> with its <c>model</c> and <c>id</c>; a wmbusmeters gateway can
/// publish every meter on one topic with its <c>id</c>). Field paths as in <c>Field</c>; a JSON number equals the configured
/// text when both are the same number (<c>"id": "069474676"</c> matches <c>69474676</c>), a string when it is the same text.
/// </summary>
public static class PayloadMatch
{
    /// <summary>True when every field of <paramref name="match"/> is in <paramref name="root"/> with its value; else why not.</summary>
    public static bool Holds(JsonElement root, IReadOnlyDictionary<string, string> match, out string mismatch)
    {
        foreach (var (path, expected) in match)
        {
            if (!JsonFieldPath.TrySelect(root, path, out var actual))
            {
                mismatch = $"the payload has no '{path}' (Match wants '{expected}')";
                return false;
            }

            if (!Equal(actual, expected))
            {
                mismatch = $"'{path}' is {actual.GetRawText()}, Match wants '{expected}'";
                return false;
            }
        }

        mismatch = string.Empty;
        return true;
    }

    private static bool Equal(JsonElement actual, string expected) => actual.ValueKind switch
    {
        JsonValueKind.String => string.Equals(actual.GetString(), expected, StringComparison.Ordinal),
        JsonValueKind.Number => actual.TryGetDecimal(out var number)
            && decimal.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var wanted) && number == wanted,
        JsonValueKind.True => string.Equals(expected, "true", StringComparison.OrdinalIgnoreCase),
        JsonValueKind.False => string.Equals(expected, "false", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}
