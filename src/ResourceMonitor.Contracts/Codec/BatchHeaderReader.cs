using System.Text.Json;

namespace ResourceMonitor.Contracts.Codec;

/// <summary>Reads and checks the batch-level fields: version, agent, batch id and the readings array.</summary>
internal static class BatchHeaderReader
{
    public const int MaxBatchIdLength = 64;

    public readonly record struct Header(string? Agent, string? BatchId, JsonElement Readings, Rejection? Rejection);

    public static Header Read(JsonElement root, ContractLimits limits)
    {
        if (!root.TryGetProperty(JsonFields.Version, out var version))
        {
            return Fail(RejectReason.MissingField, "field 'v' (the contract version) is missing", "$.v");
        }

        if (version.ValueKind != JsonValueKind.Number)
        {
            return Fail(RejectReason.WrongType, $"field 'v' must be a number, not {ReadingBatchCodec.Describe(version)}", "$.v");
        }

        if (!version.TryGetInt32(out var v) || v != ReadingBatch.Version)
        {
            return Fail(RejectReason.UnsupportedVersion, $"contract version {version.GetRawText()} is not supported; this receiver speaks v{ReadingBatch.Version}", "$.v");
        }

        var agent = RequiredString(root, JsonFields.Agent, out var agentFailure);
        if (agentFailure is not null)
        {
            return new Header(null, null, default, agentFailure);
        }

        if (!ResourceIds.IsValid(agent))
        {
            return Fail(RejectReason.InvalidId, $"agent id '{Truncate(agent!)}' must be 1-64 characters of a-z, 0-9 and '-'", "$.agent");
        }

        var batchId = RequiredString(root, JsonFields.Batch, out var batchFailure);
        if (batchFailure is not null)
        {
            return new Header(null, null, default, batchFailure);
        }

        if (!IsValidBatchId(batchId!))
        {
            return Fail(RejectReason.InvalidBatchId, $"batch id '{Truncate(batchId!)}' must be 1-{MaxBatchIdLength} characters of A-Z, a-z, 0-9, '-' and '_'", "$.batch");
        }

        if (!root.TryGetProperty(JsonFields.Readings, out var readings))
        {
            return Fail(RejectReason.MissingField, "field 'readings' is missing", "$.readings");
        }

        if (readings.ValueKind != JsonValueKind.Array)
        {
            return Fail(RejectReason.WrongType, $"field 'readings' must be an array, not {ReadingBatchCodec.Describe(readings)}", "$.readings");
        }

        var count = readings.GetArrayLength();
        if (count == 0 || count > limits.MaxReadingsPerBatch)
        {
            return Fail(RejectReason.BadReadingCount, $"a batch carries 1 to {limits.MaxReadingsPerBatch} readings, this one {count}", "$.readings");
        }

        return new Header(agent, batchId, readings, null);
    }

    internal static string? RequiredString(JsonElement parent, string name, out Rejection? failure, string pathPrefix = "$")
    {
        failure = null;
        if (!parent.TryGetProperty(name, out var element))
        {
            failure = new Rejection(RejectReason.MissingField, $"field '{name}' is missing", $"{pathPrefix}.{name}");
            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            failure = new Rejection(RejectReason.WrongType, $"field '{name}' must be a string, not {ReadingBatchCodec.Describe(element)}", $"{pathPrefix}.{name}");
            return null;
        }

        return element.GetString();
    }

    internal static string Truncate(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 80), "…");

    internal static bool IsValidBatchId(string id)
    {
        if (id.Length is 0 or > MaxBatchIdLength)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_')
            {
                return false;
            }
        }

        return true;
    }

    private static Header Fail(RejectReason reason, string detail, string path) => new(null, null, default, new Rejection(reason, detail, path));
}
