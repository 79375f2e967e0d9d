using ResourceMonitor.Domain.Symbiosis;

namespace ResourceMonitor.Worker.Symbiosis;

/// <summary>What the HTTP API shows: open opportunities with the park allocation.</summary>
/// <param name="Park">The park.</param>
/// <param name="Opportunities">Open opportunities, best allocated value first.</param>
/// <param name="Allocation">The park allocation of the last evaluation.</param>
public sealed record OpportunityBoard(string Park, IReadOnlyList<Opportunity> Opportunities, ParkAllocation Allocation);
