using System.Globalization;
using System.Text.Json;

namespace ResourceMonitor.Edge.Inputs;

/// <summary>
/// Selects a value in a JSON document by a dotted path: <c>ENERGY.Total</c>, <c>params.switch:0.aenergy.total</c>,
/// <c>readings[2].value</c>; a leading <c>$.</c> is allowed. Property names may contain any character but '.' and '['.
/// </summary>
public static class JsonFieldPath
{
    /// <summary>Finds the element at <paramref name="path"/>; false when any step is missing.</summary>
    public static bool TrySelect(JsonElement root, string path, out JsonElement found)
    {
        found = root;
        var trimmed = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
        foreach (var segment in trimmed.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!TryStep(ref found, segment))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryStep(ref JsonElement current, string segment)
    {
        var bracket = segment.IndexOf('[', StringComparison.Ordinal);
        var name = bracket < 0 ? segment : segment[..bracket];
        if (name.Length > 0 && (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current)))
        {
            return false;
        }

        while (bracket >= 0)
        {
            var close = segment.IndexOf(']', bracket);
            if (close < 0 || !int.TryParse(segment.AsSpan(bracket + 1, close - bracket - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                || current.ValueKind != JsonValueKind.Array || index >= current.GetArrayLength())
            {
                return false;
            }

            current = current[index];
            bracket = segment.IndexOf('[', close);
        }

        return true;
    }

    /// <summary>Reads a finite number from a JSON number or a numeric string.</summary>
    public static bool TryReadNumber(JsonElement element, out double value)
    {
        value = 0;
        return element.ValueKind switch
        {
            JsonValueKind.Number => element.TryGetDouble(out value) && double.IsFinite(value),
            JsonValueKind.String => NumericPayload.TryParse(element.GetString(), out value),
            _ => false,
        };
    }
}
