namespace ResourceMonitor.Worker.Storage.Schema;

/// <summary>Measurement <c>agent_status</c>: edge agents' declared status (<c>Messaging/AgentStatusPoint</c>). Its tags and fields are documented in docs/storage.md.</summary>
public static class AgentStatusMeasurement
{
    /// <summary>The measurement name.</summary>
    public const string Name = "agent_status";

    /// <summary>Field <c>online</c>.</summary>
    public const string Online = "online";

    /// <summary>Field <c>agent</c>.</summary>
    public const string Agent = "agent";

    /// <summary>Field <c>version</c>.</summary>
    public const string Version = "version";

    /// <summary>The measurement's name, tags and fields.</summary>
    public static MeasurementSchema Schema { get; } = new(Name, [SeriesTags.Park, SeriesTags.Plant], [Online, Agent, Version]);
}
