namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>Whether an opportunity is live.</summary>
public enum OpportunityStatus
{
    /// <summary>The offer is in surplus, the need active, and they are compatible.</summary>
    Open,
    /// <summary>It no longer holds.</summary>
    Closed,
}
