namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>What happened to an opportunity.</summary>
public enum OpportunityEventKind
{
    /// <summary>It became possible.</summary>
    Opened,
    /// <summary>Its rate moved significantly.</summary>
    Updated,
    /// <summary>It no longer holds.</summary>
    Closed,
}
