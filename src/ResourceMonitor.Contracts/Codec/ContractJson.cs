using System.Buffers;
using System.Text.Json;

namespace ResourceMonitor.Contracts.Codec;

/// <summary>
/// The first steps of every decoder: a size bound, <see cref="JsonPayloadScreen"/>, then a document whose root is an object.
/// After it, reading the document cannot throw: every string is valid UTF-8 and every key unique.
/// </summary>
internal static class ContractJson
{
    /// <summary>The parsed payload (the caller disposes it), or null and why not.</summary>
    /// <param name="payload">The bytes as received.</param>
    /// <param name="maxBytes">The largest payload taken.</param>
    /// <param name="maxDepth">The deepest nesting taken (1: one flat object).</param>
    /// <param name="what">What the payload should be, for the details ("reading batch").</param>
    /// <param name="rejection">Why the payload was refused.</param>
    public static JsonDocument? ParseObject(ReadOnlySequence<byte> payload, int maxBytes, int maxDepth, string what, out Rejection? rejection)
    {
        if (payload.Length > maxBytes)
        {
            rejection = new Rejection(RejectReason.PayloadTooLarge, $"payload is {payload.Length} bytes; the limit for a {what} is {maxBytes}");
            return null;
        }

        // Bounded by maxBytes; one contiguous block lets a character cut between network segments be checked whole.
        var bytes = payload.IsSingleSegment ? payload.First : payload.ToArray();
        rejection = JsonPayloadScreen.Screen(bytes.Span, maxDepth);
        if (rejection is not null)
        {
            return null;
        }

        var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = maxDepth });
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            rejection = new Rejection(RejectReason.WrongShape, $"a {what} is a JSON object, not {ReadingBatchCodec.Describe(document.RootElement)}", "$");
            document.Dispose();
            return null;
        }

        return document;
    }
}
