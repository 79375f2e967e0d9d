namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>The result of one evaluation: the alerts, the park allocation and the supply and demand per resource.</summary>
/// <param name="Events">Opportunities opened, updated or closed.</param>
/// <param name="Allocation">How the surpluses are shared out, per pair.</param>
/// <param name="Balances">One line per resource that has an offer or a need in the catalog, zeros included.</param>
public sealed record SymbiosisUpdate(IReadOnlyList<OpportunityEvent> Events, ParkAllocation Allocation, IReadOnlyList<ResourceBalance> Balances);
