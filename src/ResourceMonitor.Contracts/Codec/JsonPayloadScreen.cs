using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace ResourceMonitor.Contracts.Codec;

/// <summary>
/// One pass over a payload before it is parsed, refusing with a reason what <see cref="JsonDocument"/> would take and then
/// throw on later (from <c>GetString</c>: invalid UTF-8, an escaped lone surrogate) or silently resolve (a key given twice:
/// the last one would win). Also refuses a byte order mark, JSON nested deeper than allowed, and JSON that is not well formed.
/// Every decoder of the contract uses it, and so do the edge agent's JSON device formats: one screen for all JSON we read.
/// </summary>
public static class JsonPayloadScreen
{
    /// <summary>The first problem of <paramref name="payload"/> with its reason and JSON path, or null when it is safe to parse and read.</summary>
    public static Rejection? Screen(ReadOnlySpan<byte> payload, int maxDepth) =>
        EncodingProblem(payload) ?? StructureProblem(payload, maxDepth);

    private static Rejection? EncodingProblem(ReadOnlySpan<byte> payload)
    {
        if (payload.StartsWith(Utf8Bom))
        {
            return new Rejection(RejectReason.MalformedJson, "payload starts with a UTF-8 byte order mark; JSON on the wire has none (RFC 8259 §8.1)");
        }

        if (Utf8.IsValid(payload))
        {
            return null;
        }

        var offset = 0;
        while (Rune.DecodeFromUtf8(payload[offset..], out _, out var consumed) == OperationStatus.Done)
        {
            offset += consumed;
        }

        return new Rejection(RejectReason.MalformedJson, $"payload is not valid UTF-8 (byte {offset})");
    }

    private static Rejection? StructureProblem(ReadOnlySpan<byte> payload, int maxDepth)
    {
        // One level more than allowed, so the reader hands over the offending container instead of throwing on it.
        var reader = new Utf8JsonReader(payload, new JsonReaderOptions { MaxDepth = maxDepth + 1 });
        var path = new JsonPath();
        try
        {
            while (reader.Read())
            {
                if (TokenProblem(ref reader, path, maxDepth) is { } rejection)
                {
                    return rejection;
                }
            }
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, byte {ex.BytePositionInLine})" : string.Empty;
            return new Rejection(RejectReason.MalformedJson, $"payload is not well-formed JSON{where}");
        }

        return null;
    }

    private static Rejection? TokenProblem(ref Utf8JsonReader reader, JsonPath path, int maxDepth)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                // Only a container opened at maxDepth goes deeper than allowed; a scalar at that depth is fine.
                if (reader.CurrentDepth >= maxDepth)
                {
                    return new Rejection(RejectReason.TooDeep, $"JSON nests deeper than {maxDepth} levels");
                }

                path.OnValue();
                path.Enter(reader.TokenType == JsonTokenType.StartArray);
                return null;
            case JsonTokenType.EndObject or JsonTokenType.EndArray:
                path.Leave();
                return null;
            case JsonTokenType.PropertyName:
                if (Text(ref reader) is not { } key)
                {
                    return LoneSurrogate(path);
                }

                return path.TryTakeKey(key)
                    ? null
                    : new Rejection(RejectReason.DuplicateKey, $"key '{BatchHeaderReader.Truncate(key)}' appears twice in one object; send each key once", path.ToString());
            case JsonTokenType.String:
                path.OnValue();
                return !reader.ValueIsEscaped || Text(ref reader) is not null ? null : LoneSurrogate(path);
            default:
                path.OnValue();
                return null;
        }
    }

    /// <summary>The token's text, or null when an escape in it names half a surrogate pair (the raw bytes are valid UTF-8 by now).</summary>
    private static string? Text(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static Rejection LoneSurrogate(JsonPath path) =>
        new(RejectReason.MalformedJson, "a string escapes half a UTF-16 surrogate pair (\\ud800-\\udfff without its partner)", path.ToString());

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];
}
