namespace ResourceMonitor.Worker.Ingest.Sequencing;

/// <summary>An agent log's contiguous mark, to publish as its acknowledgement.</summary>
public sealed record SequenceMark(AgentLog Log, long Mark);
