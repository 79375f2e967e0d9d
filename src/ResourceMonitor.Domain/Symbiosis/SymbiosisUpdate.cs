namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>The result of one evaluation: the alerts and the park allocation.</summary>
public sealed record SymbiosisUpdate(IReadOnlyList<OpportunityEvent> Events, ParkAllocation Allocation);
