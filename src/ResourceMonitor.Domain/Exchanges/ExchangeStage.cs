namespace ResourceMonitor.Domain.Exchanges;

/// <summary>
/// Where an opportunity stands on the way from "identified" to a running exchange (docs/exchanges.md): proposed →
/// under discussion → agreed → implemented, or declined (with a reason) at any point.
/// </summary>
public enum ExchangeStage
{
    /// <summary>Someone put the opportunity forward.</summary>
    Proposed,
    /// <summary>The two plants are talking (terms, technical study, financing).</summary>
    UnderDiscussion,
    /// <summary>Both plants agreed to build it.</summary>
    Agreed,
    /// <summary>Built and running: tracked from its meters as a delivered flow.</summary>
    Implemented,
    /// <summary>Not pursued (the reason says why); it may be proposed again.</summary>
    Declined,
}
