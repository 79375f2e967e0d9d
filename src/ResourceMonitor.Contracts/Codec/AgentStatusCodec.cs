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

    private const int MaxBytes = 4096;

    /// <summary>Decodes a status payload; returns the reason when it is not one. Never throws, whatever the bytes.</summary>
    public static AgentStatus? Decode(ReadOnlySequence<byte> payload, out Rejection? rejection)
    {
        using var document = ContractJson.ParseObject(payload, MaxBytes, MaxDepth, "status message", out rejection);
        return document is null ? null : Read(document.RootElement, out rejection);
    }

    private static AgentStatus? Read(JsonElement root, out Rejection? rejection)
    {
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
}
