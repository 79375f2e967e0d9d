using System.Buffers;
using System.Text.Json;

namespace ResourceMonitor.Contracts.Codec;

/// <summary>Tells a payload that nests too deep from one that is not JSON at all, without trusting exception texts.</summary>
internal static class JsonFailureClassifier
{
    public static Rejection Classify(ReadOnlySequence<byte> payload, int maxDepth, JsonException original)
    {
        var reader = new Utf8JsonReader(payload, new JsonReaderOptions { MaxDepth = 1024 });
        try
        {
            while (reader.Read())
            {
                // Only a container opened at maxDepth goes deeper than allowed; a scalar at that depth is fine.
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= maxDepth)
                {
                    return new Rejection(RejectReason.TooDeep, $"JSON nests deeper than {maxDepth} levels");
                }
            }
        }
        catch (JsonException)
        {
            // Falls through: the original parse error is the clearer message.
        }

        var where = original.LineNumber is { } line ? $" (line {line + 1}, byte {original.BytePositionInLine})" : string.Empty;
        return new Rejection(RejectReason.MalformedJson, $"payload is not well-formed JSON{where}");
    }
}
