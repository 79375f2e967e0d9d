namespace ResourceMonitor.Worker.Api;

/// <summary>The result of checking a report link token: accepted with its plant, or refused with the reason.</summary>
public sealed record ReportLinkCheck(bool IsValid, string? Plant, DateTimeOffset Expires, string? Reason)
{
    /// <summary>Accepted; <paramref name="plant"/> null for every plant.</summary>
    public static ReportLinkCheck Valid(string? plant, DateTimeOffset expires) => new(true, plant, expires, null);

    /// <summary>Refused because of <paramref name="reason"/>.</summary>
    public static ReportLinkCheck Refused(string reason) => new(false, null, default, reason);
}
