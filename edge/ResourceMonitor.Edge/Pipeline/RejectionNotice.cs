namespace ResourceMonitor.Edge.Pipeline;

/// <summary>A rejected local message or value: its topic (or source) and the reason.</summary>
/// <param name="Source">The local topic or "simulator".</param>
/// <param name="Reason">Why it was rejected.</param>
/// <param name="Code">The reason code (<see cref="Inputs.RejectionCodes"/>).</param>
public sealed record RejectionNotice(string Source, string Reason, string Code);
