using System.Text.Json;

namespace ResourceMonitor.Contracts.Codec;

/// <summary>Reads and checks a reading batch's optional <c>seq</c> object (see <see cref="BatchSequence"/>).</summary>
internal static class BatchSequenceReader
{
    public static BatchSequence? Read(JsonElement root, int readingCount, out Rejection? rejection)
    {
        rejection = null;
        if (!root.TryGetProperty(JsonFields.Sequence, out var seq))
        {
            return null;
        }

        if (seq.ValueKind != JsonValueKind.Object)
        {
            rejection = Fail($"field 'seq' must be an object, not {ReadingBatchCodec.Describe(seq)}", "$.seq");
            return null;
        }

        var log = BatchHeaderReader.RequiredString(seq, JsonFields.Log, out rejection, "$.seq");
        if (rejection is not null)
        {
            return null;
        }

        if (!BatchHeaderReader.IsValidBatchId(log!))
        {
            rejection = Fail($"log id '{BatchHeaderReader.Truncate(log!)}' must be 1-{BatchHeaderReader.MaxBatchIdLength} characters of A-Z, a-z, 0-9, '-' and '_'", "$.seq.log");
            return null;
        }

        if (!TryReadNumber(seq, JsonFields.First, 1, out var first, out rejection)
            || !TryReadNumber(seq, JsonFields.Last, first, out var last, out rejection)
            || !TryReadNumber(seq, JsonFields.Released, 0, out var released, out rejection))
        {
            return null;
        }

        if (last - first + 1 != readingCount)
        {
            rejection = Fail($"seq {first}..{last} names {last - first + 1} readings but the batch carries {readingCount}", "$.seq");
            return null;
        }

        if (released >= first)
        {
            rejection = Fail($"seq.released {released} must be below seq.first {first}: a released reading is never sent again", "$.seq.released");
            return null;
        }

        return new BatchSequence(log!, first, last, released);
    }

    private static bool TryReadNumber(JsonElement seq, string name, long minimum, out long value, out Rejection? rejection)
    {
        value = 0;
        rejection = null;
        if (!seq.TryGetProperty(name, out var element))
        {
            rejection = new Rejection(RejectReason.MissingField, $"field 'seq.{name}' is missing", $"$.seq.{name}");
            return false;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt64(out value) || value < minimum)
        {
            rejection = Fail($"field 'seq.{name}' must be a whole number of at least {minimum}, not {BatchHeaderReader.Truncate(element.GetRawText())}", $"$.seq.{name}");
            return false;
        }

        return true;
    }

    private static Rejection Fail(string detail, string path) => new(RejectReason.InvalidSequence, detail, path);
}
