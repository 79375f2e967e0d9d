namespace ResourceMonitor.Worker.Exchanges;

/// <summary>The body of <c>POST /api/v1/opportunities/{id}/workflow</c>.</summary>
/// <param name="Stage">proposed, under-discussion, agreed, implemented or declined.</param>
/// <param name="Reason">Why (required to decline; at most 500 characters).</param>
public sealed record WorkflowRequest(string? Stage, string? Reason);
