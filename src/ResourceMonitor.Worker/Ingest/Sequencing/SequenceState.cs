namespace ResourceMonitor.Worker.Ingest.Sequencing;

/// <summary>What is kept of one agent log across restarts: its contiguous mark and the durable numbers above it.</summary>
public sealed record SequenceState(AgentLog Log, long Mark, IReadOnlyList<SequenceRange> Durable);
