namespace ResourceMonitor.Contracts;

/// <summary>Whether an edge agent is connected to the park broker.</summary>
public enum AgentState
{
    /// <summary>Connected and forwarding.</summary>
    Online,

    /// <summary>Disconnected: published by the agent on shutdown, or by the broker as its Last Will.</summary>
    Offline,
}
