using ResourceMonitor.Edge.Normalisation;

namespace ResourceMonitor.Edge.Pipeline;

/// <summary>One unit of input for the pipeline: the values read from one local message (or one simulator tick).</summary>
/// <param name="Source">Where it came from (the local topic, or "simulator"), for rejection notices.</param>
/// <param name="Values">The meter values mapped from it.</param>
/// <param name="Acknowledge">Acknowledges the local message once its readings are durable; null when there is nothing to acknowledge.</param>
/// <param name="Refuse">Tells the input the buffer had no room for it (the local message stays unacknowledged); null: it is dropped and counted.</param>
/// <param name="IsStale">True when the input no longer wants it taken (its connection is gone or a refusal waits for redelivery, which brings it again in order).</param>
public sealed record IngestItem(string Source, IReadOnlyList<MeterValue> Values, Func<CancellationToken, Task>? Acknowledge, Action? Refuse = null, Func<bool>? IsStale = null);
