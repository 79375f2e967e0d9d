using ResourceMonitor.Contracts;

namespace ResourceMonitor.Edge.Normalisation;

/// <summary>The result of normalising one value: a reading, or why there is none.</summary>
/// <param name="Status">Accepted, duplicate or rejected.</param>
/// <param name="Reading">The canonical reading when accepted.</param>
/// <param name="Reason">Why, when not plainly accepted (also set for suspect counters).</param>
public sealed record NormalisedOutcome(NormalisedStatus Status, Reading? Reading, string Reason);
