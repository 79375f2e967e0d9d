namespace ResourceMonitor.Worker.ParkPage;

/// <summary>One recent alert.</summary>
/// <param name="Ts">When it happened.</param>
/// <param name="Type">The alert type (symbiosis_opportunity).</param>
/// <param name="State">opened, updated or closed.</param>
/// <param name="Opportunity">The opportunity's id.</param>
/// <param name="Resource">What flows.</param>
/// <param name="FromName">The giving plant's name.</param>
/// <param name="ToName">The taking plant's name.</param>
/// <param name="Reason">Why.</param>
public sealed record AlertView(DateTimeOffset Ts, string Type, string State, string Opportunity, string Resource, string FromName, string ToName, string Reason);
