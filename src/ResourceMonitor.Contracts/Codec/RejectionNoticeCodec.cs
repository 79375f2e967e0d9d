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

    /// <summary>Decodes a notice; throws <see cref="JsonException"/> or <see cref="FormatException"/> when it is not one (it comes from our own worker).</summary>
    public static RejectionNotice Decode(ReadOnlySequence<byte> payload)
    {
        using var document = JsonDocument.Parse(payload);
        var root = document.RootElement;
        var rejections = new List<Rejection>();
        foreach (var item in root.GetProperty(JsonFields.Rejections).EnumerateArray())
        {
            var code = item.GetProperty(JsonFields.Reason).GetString()!;
            if (!RejectReasonCodes.TryParse(code, out var reason))
            {
                throw new FormatException($"unknown reason code '{code}'");
            }

            var path = item.TryGetProperty(JsonFields.Path, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            rejections.Add(new Rejection(reason, item.GetProperty(JsonFields.Detail).GetString()!, path));
        }

        if (!ContractTimestamp.TryParse(root.GetProperty(JsonFields.Timestamp).GetString(), out var ts))
        {
            throw new FormatException("notice timestamp is not ISO 8601");
        }

        return new RejectionNotice(
            root.GetProperty(JsonFields.Topic).GetString()!,
            OptionalString(root, JsonFields.Batch),
            OptionalString(root, JsonFields.Agent),
            ts,
            rejections,
            root.GetProperty(JsonFields.Accepted).GetInt32());
    }

    private static string? OptionalString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;

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
