using System.Text.Json;

namespace ResourceMonitor.Edge.Inputs.Trust;

/// <summary>
/// A status or error field of a JSON payload and the values that mean "fine". Any other value flags the message's readings
/// <c>suspect</c> (a counter value then is never booked). A string or number is compared with the good values
/// (case-insensitive, numbers and booleans as JSON writes them: <c>0</c>, <c>true</c>); an array is fine when every element
/// is (an empty error list is fine); a missing or null field says nothing.
/// </summary>
/// <param name="Field">The path of the field (as <c>Field</c> is written, <see cref="JsonFieldPath"/>).</param>
/// <param name="Good">The values that mean the device is fine.</param>
public sealed record StatusRule(string Field, IReadOnlyList<string> Good)
{
    /// <summary>Why the device's status makes the value doubtful, or null when it is fine or not stated.</summary>
    public string? Judge(JsonElement root)
    {
        if (!JsonFieldPath.TrySelect(root, Field, out var status) || status.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        var bad = status.ValueKind == JsonValueKind.Array
            ? status.EnumerateArray().Where(e => !IsGood(e)).Select(Text).ToList()
            : IsGood(status) ? [] : [Text(status)];
        return bad.Count == 0 ? null : $"{Field} is {string.Join(", ", bad)}";
    }

    private bool IsGood(JsonElement element) =>
        element.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False
        && Good.Contains(Text(element).Trim(), StringComparer.OrdinalIgnoreCase);

    private static string Text(JsonElement element) => element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
}
