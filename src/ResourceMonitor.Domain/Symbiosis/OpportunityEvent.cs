namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>An alert about an opportunity.</summary>
/// <param name="Kind">Opened, updated or closed.</param>
/// <param name="Opportunity">Its state after the change.</param>
/// <param name="At">When.</param>
/// <param name="Reason">Why, in words (closing reasons: surplus ended, need inactive, no data, quality).</param>
public sealed record OpportunityEvent(OpportunityEventKind Kind, Opportunity Opportunity, DateTimeOffset At, string Reason);
