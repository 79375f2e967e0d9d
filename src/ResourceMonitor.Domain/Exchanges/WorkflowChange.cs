namespace ResourceMonitor.Domain.Exchanges;

/// <summary>One recorded step of an exchange's workflow: who moved it, when, from where to where, and why.</summary>
/// <param name="OpportunityId">The opportunity (pair id <c>{offer}--{need}</c>).</param>
/// <param name="From">The stage before; null for the first proposal.</param>
/// <param name="To">The stage after.</param>
/// <param name="By">Who: the API key's name.</param>
/// <param name="ByPlant">The plant of a plant key; null for the park key.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="Reason">Why (required for a decline).</param>
public sealed record WorkflowChange(string OpportunityId, ExchangeStage? From, ExchangeStage To, string By, string? ByPlant, DateTimeOffset At, string? Reason);
