using System.Buffers;
using System.Text.Json;

namespace ResourceMonitor.Contracts.Codec;

/// <summary>Encodes and decodes the retained end-to-end acknowledgement. Decoding never throws on bad input: it returns the reason.</summary>
public static class AcknowledgementCodec
{
    // An acknowledgement is one flat object: anything nested is refused as too deep.
    private const int MaxDepth = 1;

    private const int MaxBytes = 4096;

    /// <summary>Encodes <paramref name="ack"/> as UTF-8 JSON.</summary>
    public static byte[] Encode(Acknowledgement ack)
    {
        var buffer = new ArrayBufferWriter<byte>(160);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber(JsonFields.Version, ReadingBatch.Version);
            writer.WriteString(JsonFields.Agent, ack.Agent);
            writer.WriteString(JsonFields.Log, ack.Log);
            writer.WriteNumber(JsonFields.Sequence, ack.Sequence);
            writer.WriteString(JsonFields.Timestamp, ContractTimestamp.Format(ack.Timestamp));
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Decodes an acknowledgement; returns null and the reason when it is not one. Never throws, whatever the bytes.</summary>
    public static Acknowledgement? Decode(ReadOnlySequence<byte> payload, out Rejection? rejection)
    {
        using var document = ContractJson.ParseObject(payload, MaxBytes, MaxDepth, "acknowledgement", out rejection);
        return document is null ? null : Read(document.RootElement, out rejection);
    }

    private static Acknowledgement? Read(JsonElement root, out Rejection? rejection)
    {
        rejection = null;
        if (!root.TryGetProperty(JsonFields.Version, out var v) || v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var version) || version != ReadingBatch.Version)
        {
            rejection = new Rejection(RejectReason.UnsupportedVersion, $"an acknowledgement carries \"v\": {ReadingBatch.Version}", "$.v");
            return null;
        }

        var agent = BatchHeaderReader.RequiredString(root, JsonFields.Agent, out rejection);
        if (rejection is not null || !ResourceIds.IsValid(agent))
        {
            rejection ??= new Rejection(RejectReason.InvalidId, $"agent id '{BatchHeaderReader.Truncate(agent!)}' must be 1-64 characters of a-z, 0-9 and '-'", "$.agent");
            return null;
        }

        var log = BatchHeaderReader.RequiredString(root, JsonFields.Log, out rejection);
        if (rejection is not null || !BatchHeaderReader.IsValidBatchId(log!))
        {
            rejection ??= new Rejection(RejectReason.InvalidSequence, $"log id '{BatchHeaderReader.Truncate(log!)}' must be 1-{BatchHeaderReader.MaxBatchIdLength} characters of A-Z, a-z, 0-9, '-' and '_'", "$.log");
            return null;
        }

        if (!root.TryGetProperty(JsonFields.Sequence, out var seq) || seq.ValueKind != JsonValueKind.Number || !seq.TryGetInt64(out var sequence) || sequence < 0)
        {
            rejection = new Rejection(RejectReason.InvalidSequence, "field 'seq' must be a whole number of at least 0", "$.seq");
            return null;
        }

        var ts = BatchHeaderReader.RequiredString(root, JsonFields.Timestamp, out rejection);
        if (rejection is not null || !ContractTimestamp.TryParse(ts, out var timestamp))
        {
            rejection ??= new Rejection(RejectReason.InvalidTimestamp, $"timestamp '{ts}' is not ISO 8601 with an explicit offset", "$.ts");
            return null;
        }

        return new Acknowledgement(agent!, log!, sequence, timestamp);
    }
}
