using ResourceMonitor.Edge.Normalisation;

namespace ResourceMonitor.Edge.Inputs;

/// <summary>What one local message yielded: values for meters, and rejections with reasons.</summary>
/// <param name="Values">One per mapping that found its value.</param>
/// <param name="Rejections">One per mapping that could not read the payload (or one when no mapping matches the topic).</param>
public sealed record MappingResult(IReadOnlyList<MeterValue> Values, IReadOnlyList<MappingRejection> Rejections);
