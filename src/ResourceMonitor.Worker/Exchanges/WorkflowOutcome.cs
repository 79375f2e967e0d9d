using ResourceMonitor.Domain.Exchanges;

namespace ResourceMonitor.Worker.Exchanges;

/// <summary>What a workflow request came to: moved (with the new progress), not found for this caller, or refused with the reason.</summary>
/// <param name="Progress">The exchange's progress after the move; null unless moved.</param>
/// <param name="NotFound">No such opportunity, or the caller's plant is not part of it.</param>
/// <param name="Refused">Why the move is not allowed; null unless refused.</param>
public sealed record WorkflowOutcome(ExchangeProgress? Progress, bool NotFound, string? Refused);
