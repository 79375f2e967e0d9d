using ResourceMonitor.Domain.Symbiosis;

namespace ResourceMonitor.Worker.Symbiosis;

/// <summary>An alert event on <c>rm/v1/{park}/alerts</c> and to webhooks.</summary>
/// <param name="Type">Always <see cref="AlertType"/>.</param>
/// <param name="State">opened, updated or closed.</param>
/// <param name="Park">The park.</param>
/// <param name="Ts">When it happened.</param>
/// <param name="Reason">Why.</param>
/// <param name="Opportunity">The opportunity after the change.</param>
public sealed record OpportunityAlert(string Type, string State, string Park, DateTimeOffset Ts, string Reason, Opportunity Opportunity)
{
    /// <summary>The <c>type</c> of every symbiosis alert.</summary>
    public const string AlertType = "symbiosis_opportunity";

    /// <summary>The alert of a domain event.</summary>
    public static OpportunityAlert Of(string park, OpportunityEvent e) =>
        new(AlertType, e.Kind.ToString().ToLowerInvariant(), park, e.At, e.Reason, e.Opportunity);
}
