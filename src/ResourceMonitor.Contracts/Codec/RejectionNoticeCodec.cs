using System.Buffers;
using System.Text.Json;

namespace ResourceMonitor.Contracts.Codec;

/// <summary>Encodes and decodes the payload of the <c>rejected</c> topic.</summary>
public static class RejectionNoticeCodec
{
    /// <summary>Encodes <paramref name="notice"/> as UTF-8 JSON.</summary>
    public static byte[] Encode(RejectionNotice notice)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString(JsonFields.Topic, notice.Topic);
            WriteNullable(writer, JsonFields.Batch, notice.BatchId);
            WriteNullable(writer, JsonFields.Agent, notice.Agent);
            writer.WriteString(JsonFields.Timestamp, ContractTimestamp.Format(notice.Timestamp));
            writer.WriteNumber(JsonFields.Accepted, notice.AcceptedReadings);
            writer.WriteStartArray(JsonFields.Rejections);
            foreach (var rejection in notice.Rejections)
            {
                writer.WriteStartObject();
                writer.WriteString(JsonFields.Reason, rejection.Reason.Code());
                writer.WriteString(JsonFields.Detail, rejection.Detail);
                WriteNullable(writer, JsonFields.Path, rejection.Path);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    // notice → rejections array → one rejection object.
    private const int MaxDepth = 3;

    /// <summary>Decodes a notice; returns the reason when it is not one. Never throws, whatever the bytes.</summary>
    public static RejectionNotice? Decode(ReadOnlySequence<byte> payload, out Rejection? rejection)
    {
        using var document = ContractJson.ParseObject(payload, ContractLimits.Default.MaxPayloadBytes, MaxDepth, "rejection notice", out rejection);
        return document is null ? null : Read(document.RootElement, out rejection);
    }

    private static RejectionNotice? Read(JsonElement root, out Rejection? rejection)
    {
        var topic = BatchHeaderReader.RequiredString(root, JsonFields.Topic, out rejection);
        var tsText = rejection is null ? BatchHeaderReader.RequiredString(root, JsonFields.Timestamp, out rejection) : null;
        if (rejection is not null)
        {
            return null;
        }

        if (!ContractTimestamp.TryParse(tsText, out var ts))
        {
            rejection = new Rejection(RejectReason.InvalidTimestamp, $"timestamp '{BatchHeaderReader.Truncate(tsText!)}' is not ISO 8601 with an explicit offset", "$.ts");
            return null;
        }

        if (!root.TryGetProperty(JsonFields.Accepted, out var acceptedElement) || acceptedElement.ValueKind != JsonValueKind.Number || !acceptedElement.TryGetInt32(out var accepted) || accepted < 0)
        {
            rejection = new Rejection(RejectReason.WrongType, "field 'accepted' must be a count of readings (a whole number from 0)", "$.accepted");
            return null;
        }

        var rejections = ReadRejections(root, out rejection);
        if (rejections is null)
        {
            return null;
        }

        return new RejectionNotice(topic!, OptionalString(root, JsonFields.Batch), OptionalString(root, JsonFields.Agent), ts, rejections, accepted);
    }

    private static List<Rejection>? ReadRejections(JsonElement root, out Rejection? rejection)
    {
        rejection = null;
        if (!root.TryGetProperty(JsonFields.Rejections, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            rejection = new Rejection(RejectReason.WrongType, "field 'rejections' must be an array", "$.rejections");
            return null;
        }

        var rejections = new List<Rejection>();
        foreach (var item in array.EnumerateArray())
        {
            var path = $"$.rejections[{rejections.Count}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                rejection = new Rejection(RejectReason.WrongShape, $"a rejection is a JSON object, not {ReadingBatchCodec.Describe(item)}", path);
                return null;
            }

            var code = BatchHeaderReader.RequiredString(item, JsonFields.Reason, out rejection, path);
            var detail = rejection is null ? BatchHeaderReader.RequiredString(item, JsonFields.Detail, out rejection, path) : null;
            if (rejection is not null)
            {
                return null;
            }

            if (!RejectReasonCodes.TryParse(code!, out var reason))
            {
                rejection = new Rejection(RejectReason.WrongShape, $"reason code '{BatchHeaderReader.Truncate(code!)}' is not one of the contract's", $"{path}.reason");
                return null;
            }

            rejections.Add(new Rejection(reason, detail!, OptionalString(item, JsonFields.Path)));
        }

        return rejections;
    }

    private static string? OptionalString(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
