using System.Buffers;
using System.Text.Json;

namespace ResourceMonitor.Contracts.Codec;

/// <summary>Encodes and decodes the retained agent status message.</summary>
public static class AgentStatusCodec
{
    /// <summary>Encodes <paramref name="status"/> as UTF-8 JSON.</summary>
    public static byte[] Encode(AgentStatus status)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString(JsonFields.State, ContractEnums.Format(status.State));
            writer.WriteString(JsonFields.Timestamp, ContractTimestamp.Format(status.Timestamp));
            writer.WriteString(JsonFields.Agent, status.Agent);
            writer.WriteString(JsonFields.AgentVersion, status.AgentVersion);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    // A status is one flat object: anything nested is refused as too deep.
    private const int MaxDepth = 1;

    /// <summary>Decodes a status payload; returns the reason when it is not one.</summary>
    public static AgentStatus? Decode(ReadOnlySequence<byte> payload, out Rejection? rejection)
    {
        rejection = null;
        if (payload.Length > 4096)
        {
            rejection = new Rejection(RejectReason.PayloadTooLarge, $"a status message is at most 4096 bytes, this one {payload.Length}");
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(payload, new JsonDocumentOptions { MaxDepth = MaxDepth });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                rejection = new Rejection(RejectReason.WrongShape, "a status message is a JSON object", "$");
                return null;
            }

            var state = BatchHeaderReader.RequiredString(root, JsonFields.State, out rejection);
            if (rejection is not null)
            {
                return null;
            }

            if (!ContractEnums.TryParseState(state, out var parsedState))
            {
                rejection = new Rejection(RejectReason.WrongShape, $"state '{state}' must be 'online' or 'offline'", "$.state");
                return null;
            }

            var ts = BatchHeaderReader.RequiredString(root, JsonFields.Timestamp, out rejection);
            if (rejection is not null)
            {
                return null;
            }

            if (!ContractTimestamp.TryParse(ts, out var parsedTs))
            {
                rejection = new Rejection(RejectReason.InvalidTimestamp, $"timestamp '{ts}' is not ISO 8601 with an explicit offset", "$.ts");
                return null;
            }

            var agent = BatchHeaderReader.RequiredString(root, JsonFields.Agent, out rejection);
            if (rejection is not null)
            {
                return null;
            }

            if (!ResourceIds.IsValid(agent))
            {
                rejection = new Rejection(RejectReason.InvalidId, $"agent id '{BatchHeaderReader.Truncate(agent!)}' must be 1-64 characters of a-z, 0-9 and '-'", "$.agent");
                return null;
            }

            var version = "unknown";
            if (root.TryGetProperty(JsonFields.AgentVersion, out var v))
            {
                if (v.ValueKind != JsonValueKind.String)
                {
                    rejection = new Rejection(RejectReason.WrongType, $"field 'version' must be a string, not {ReadingBatchCodec.Describe(v)}", "$.version");
                    return null;
                }

                version = v.GetString()!;
            }

            return new AgentStatus(parsedState, parsedTs, agent!, version);
        }
        catch (JsonException ex)
        {
            rejection = JsonFailureClassifier.Classify(payload, MaxDepth, ex);
            return null;
        }
    }
}
