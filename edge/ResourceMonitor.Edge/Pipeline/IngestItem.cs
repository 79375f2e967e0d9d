using ResourceMonitor.Edge.Normalisation;

namespace ResourceMonitor.Edge.Pipeline;

/// <summary>One unit of input for the pipeline: the values read from one local message (or one simulator tick).</summary>
/// <param name="Source">Where it came from (the local topic, or "simulator"), for rejection notices.</param>
/// <param name="Values">The meter values mapped from it.</param>
/// <param name="Acknowledge">Acknowledges the local message once its readings are durable; null when there is nothing to acknowledge.</param>
public sealed record IngestItem(string Source, IReadOnlyList<MeterValue> Values, Func<CancellationToken, Task>? Acknowledge);
