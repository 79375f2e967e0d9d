namespace ResourceMonitor.Worker.Ingest.Sequencing;

/// <summary>One agent's numbering: the agent of a plant and the log id its batches carry (a reinstalled agent starts a new log).</summary>
public sealed record AgentLog(string Park, string Plant, string Agent, string Log);
