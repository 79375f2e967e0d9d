namespace ResourceMonitor.Edge.Health;

/// <summary>
/// The agent's stage names, as supervision logs and counts them (<c>rm_stage_restarts{stage}</c>) and the health file lists
/// them (docs/edge/operations.md).
/// </summary>
internal static class EdgeStageNames
{
    /// <summary>Local broker messages → mapped and queued.</summary>
    public const string LocalInput = "edge.local-input";

    /// <summary>The simulator producing readings.</summary>
    public const string Simulator = "edge.simulator";

    /// <summary>Queued values → normalised, in the disk buffer, local messages acknowledged.</summary>
    public const string Ingest = "edge.ingest";

    /// <summary>Buffered readings → acknowledged by the park broker and released.</summary>
    public const string Forwarder = "edge.forwarder";

    /// <summary>The health file itself.</summary>
    public const string HealthFile = "edge.health-file";
}
