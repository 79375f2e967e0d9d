namespace ResourceMonitor.Contracts.Schema;

/// <summary>The JSON Schemas (draft 2020-12) of the v1 payloads, embedded in this assembly so a host can serve or check them.</summary>
public static class ContractSchemas
{
    /// <summary>Resource name of the reading batch schema.</summary>
    public const string ReadingBatchResource = "ResourceMonitor.Contracts.Schema.reading-batch.schema.json";

    /// <summary>Resource name of the agent status schema.</summary>
    public const string AgentStatusResource = "ResourceMonitor.Contracts.Schema.agent-status.schema.json";

    /// <summary>Resource name of the rejection notice schema (its reason list is every <see cref="RejectReason"/> code).</summary>
    public const string RejectionNoticeResource = "ResourceMonitor.Contracts.Schema.rejection-notice.schema.json";

    /// <summary>Resource name of the end-to-end acknowledgement schema.</summary>
    public const string AcknowledgementResource = "ResourceMonitor.Contracts.Schema.ack.schema.json";

    /// <summary>The reading batch schema's text.</summary>
    public static string ReadingBatch() => Read(ReadingBatchResource);

    /// <summary>The agent status schema's text.</summary>
    public static string AgentStatus() => Read(AgentStatusResource);

    /// <summary>The rejection notice schema's text.</summary>
    public static string RejectionNotice() => Read(RejectionNoticeResource);

    /// <summary>The end-to-end acknowledgement schema's text.</summary>
    public static string Acknowledgement() => Read(AcknowledgementResource);

    private static string Read(string resource)
    {
        using var stream = typeof(ContractSchemas).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded schema '{resource}' is missing from ResourceMonitor.Contracts.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
