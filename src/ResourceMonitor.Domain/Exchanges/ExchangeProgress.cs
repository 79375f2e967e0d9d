namespace ResourceMonitor.Domain.Exchanges;

/// <summary>An exchange's workflow now: its stage, since when, the last change, and every change in order.</summary>
/// <param name="OpportunityId">The opportunity.</param>
/// <param name="Stage">The current stage.</param>
/// <param name="Since">When it reached it.</param>
/// <param name="Last">The change that put it there (who, why).</param>
/// <param name="History">Every change, oldest first.</param>
public sealed record ExchangeProgress(string OpportunityId, ExchangeStage Stage, DateTimeOffset Since, WorkflowChange Last, IReadOnlyList<WorkflowChange> History)
{
    /// <summary>The progress after <paramref name="change"/> (<paramref name="before"/> null for the first).</summary>
    public static ExchangeProgress After(ExchangeProgress? before, WorkflowChange change) =>
        new(change.OpportunityId, change.To, change.At, change, [.. before?.History ?? [], change]);
}
