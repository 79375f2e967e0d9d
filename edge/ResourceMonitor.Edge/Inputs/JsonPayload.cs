using System.Text.Json;

namespace ResourceMonitor.Edge.Inputs;

/// <summary>The shared steps of the JSON formats: parse safely, select the field, read a number.</summary>
public static class JsonPayload
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    /// <summary>The largest JSON payload read (bigger ones are rejected).</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>Parses <paramref name="payload"/> and hands its root to <paramref name="read"/>; malformed JSON is a rejection.</summary>
    public static Extraction Read(ReadOnlyMemory<byte> payload, Func<JsonElement, Extraction> read)
    {
        if (payload.Length > MaxBytes)
        {
            return Extraction.Rejected($"payload is {payload.Length} bytes; the limit is {MaxBytes}");
        }

        try
        {
            using var document = JsonDocument.Parse(payload, Options);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? read(document.RootElement)
                : Extraction.Rejected("payload is JSON but not an object");
        }
        catch (JsonException ex)
        {
            return Extraction.Rejected($"payload is not well-formed JSON: {ex.Message}");
        }
    }

    /// <summary>Reads the number at <paramref name="field"/>; absent when missing and <paramref name="absentIsNormal"/>, else rejected.</summary>
    public static Extraction Number(JsonElement root, string field, DateTimeOffset? timestamp, bool absentIsNormal)
    {
        if (!JsonFieldPath.TrySelect(root, field, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            var reason = $"field '{field}' is not in the payload";
            return absentIsNormal ? Extraction.Absent(reason) : Extraction.Rejected(reason);
        }

        if (element.ValueKind == JsonValueKind.String && NumericPayload.IsPlaceholder(element.GetString()))
        {
            return Extraction.Placeholder($"field '{field}' is '{element.GetString()}', the device's \"no value\"");
        }

        return JsonFieldPath.TryReadNumber(element, out var value)
            ? Extraction.Found(value, timestamp)
            : Extraction.Rejected($"field '{field}' is {element.ValueKind}, not a finite number");
    }
}
