namespace ResourceMonitor.Worker.Api;

/// <summary>A signed report link token, as <c>POST /api/reports/links</c> answers it.</summary>
/// <param name="Token">The value of the reports' <c>token</c> query argument.</param>
/// <param name="Plant">The plant whose reports it opens; null for every plant.</param>
/// <param name="Expires">When it stops working.</param>
public sealed record ReportLinkToken(string Token, string? Plant, DateTimeOffset Expires);
