namespace ResourceMonitor.Worker.ParkPage;

/// <summary>A plant's edge agent as it last declared itself.</summary>
/// <param name="State">online or offline.</param>
/// <param name="Since">The status's time.</param>
/// <param name="Agent">The agent id.</param>
/// <param name="Version">The agent's version.</param>
public sealed record AgentView(string State, DateTimeOffset Since, string Agent, string Version);
