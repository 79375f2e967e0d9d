using System.Text.Json;
using ResourceMonitor.Contracts.Codec;

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
        using var document = Parse(payload, out var reason);
        return document is null ? Extraction.Rejected(reason) : read(document.RootElement);
    }

    /// <summary>Parses a payload that must be a JSON object within <see cref="MaxBytes"/>; null with the reason when it is not.</summary>
    public static JsonDocument? Parse(ReadOnlyMemory<byte> payload, out string reason)
    {
        reason = string.Empty;
        if (payload.Length > MaxBytes)
        {
            reason = $"payload is {payload.Length} bytes; the limit is {MaxBytes}";
            return null;
        }

        // JsonDocument checks a string's UTF-8 and escapes only when it is read (GetString throws then), and lets a repeated
        // key win silently: the contract's screen refuses all of these once, with the reason, before anything is read.
        if (JsonPayloadScreen.Screen(payload.Span, Options.MaxDepth) is { } problem)
        {
            reason = problem.Path is null ? problem.Detail : $"{problem.Detail} at {problem.Path}";
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(payload, Options);
        }
        catch (JsonException ex)
        {
            reason = $"payload is not well-formed JSON: {ex.Message}";
            return null;
        }

        if (document.RootElement.ValueKind == JsonValueKind.Object)
        {
            return document;
        }

        document.Dispose();
        reason = "payload is JSON but not an object";
        return null;
    }

    /// <summary>
    /// Reads the number at <paramref name="field"/>; absent when missing and <paramref name="absentIsNormal"/>, else rejected.
    /// A per-phase array is read as <paramref name="phase"/> says, and refused with the fix when the mapping chose no phase.
    /// </summary>
    public static Extraction Number(JsonElement root, string field, DateTimeOffset? timestamp, bool absentIsNormal, PhaseSelection? phase = null)
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

        if (phase is null && element.ValueKind == JsonValueKind.Array)
        {
            return Extraction.Rejected($"field '{field}' is an array of {element.GetArrayLength()} values (one per phase); set Phase to a phase number or sum");
        }

        return (phase ?? PhaseSelection.Sum).Read(element, field, timestamp);
    }
}
