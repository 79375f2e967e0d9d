namespace ResourceMonitor.Contracts;

/// <summary>The retained payload of <c>rm/v1/{park}/{plant}/status</c>.</summary>
/// <param name="State">Online or offline.</param>
/// <param name="Timestamp">When the state was declared (UTC).</param>
/// <param name="Agent">The edge agent's id.</param>
/// <param name="AgentVersion">The edge agent's software version.</param>
public sealed record AgentStatus(AgentState State, DateTimeOffset Timestamp, string Agent, string AgentVersion);
