namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>What survives a restart: open opportunities (not announced again), lifetime totals, detector states.</summary>
/// <param name="SavedAt">When it was taken.</param>
/// <param name="Open">The open opportunities.</param>
/// <param name="Totals">Lifetime totals per opportunity id.</param>
/// <param name="Detectors">Offer and need detector states.</param>
public sealed record SymbiosisSnapshot(
    DateTimeOffset SavedAt,
    IReadOnlyList<Opportunity> Open,
    IReadOnlyDictionary<string, OpportunityTotals> Totals,
    IReadOnlyList<DetectorSnapshot> Detectors);
