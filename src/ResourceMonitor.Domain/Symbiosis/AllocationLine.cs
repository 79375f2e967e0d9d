using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>One pair's share of the park allocation.</summary>
/// <param name="OpportunityId">The pair.</param>
/// <param name="Resource">What flows.</param>
/// <param name="FromPlant">The giving plant.</param>
/// <param name="ToPlant">The taking plant.</param>
/// <param name="RateUnit">Unit of the rates.</param>
/// <param name="PotentialRate">What the pair alone could exchange.</param>
/// <param name="AllocatedRate">What the park allocation gives it (delivered, after losses).</param>
/// <param name="ValuePerHour">Money per hour at the allocated rate (per lot for waste).</param>
public sealed record AllocationLine(string OpportunityId, Resource Resource, string FromPlant, string ToPlant, string RateUnit, double PotentialRate, double AllocatedRate, double ValuePerHour);
