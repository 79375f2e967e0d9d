namespace ResourceMonitor.DurableLog;

/// <summary>A record of the log, addressable by its sequence number until released.</summary>
/// <param name="Sequence">Assigned on append, strictly increasing, never reused.</param>
/// <param name="Value">The decoded record.</param>
public sealed record LogRecord<T>(long Sequence, T Value);
