using ResourceMonitor.Edge.Normalisation;

namespace ResourceMonitor.Edge.Inputs;

/// <summary>What one local message yielded: values for meters, rejections with reasons, or why no mapping took it.</summary>
/// <param name="Values">One per mapping that found its value.</param>
/// <param name="Rejections">One per mapping that could not read the payload.</param>
/// <param name="Unmapped">
/// Set when the message came on a subscribed topic but no mapping took anything from it (no mapping matches the topic, its
/// <c>Match</c> fields differ, or it carries none of the mapped fields): the reason, naming each mapping that passed it over.
/// Counted and reported, never dropped silently.
/// </param>
public sealed record MappingResult(IReadOnlyList<MeterValue> Values, IReadOnlyList<MappingRejection> Rejections, string? Unmapped = null);
