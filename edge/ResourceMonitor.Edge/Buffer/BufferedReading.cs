using ResourceMonitor.Contracts;

namespace ResourceMonitor.Edge.Buffer;

/// <summary>A reading held in the buffer, addressable by its per-agent sequence number until released.</summary>
/// <param name="Sequence">Assigned on append, strictly increasing, never reused.</param>
/// <param name="Reading">The normalised reading.</param>
public sealed record BufferedReading(long Sequence, Reading Reading);
