namespace ResourceMonitor.Worker.Exchanges;

/// <summary>The body of <c>POST /api/v1/licences</c>: exactly one of <paramref name="WasteCode"/> and <paramref name="Exchange"/>.</summary>
/// <param name="WasteCode">A waste code of a catalog offer (e.g. "03 03 11"): the licence covers every exchange of it.</param>
/// <param name="Exchange">An opportunity id: the licence covers that exchange.</param>
/// <param name="Name">The licence or permit (1-200 characters).</param>
/// <param name="Status">none, applied, granted or expired.</param>
/// <param name="Expires">When a granted licence stops being valid (ISO 8601); none when it does not expire.</param>
/// <param name="Reference">The authority's reference, if any (at most 200 characters).</param>
public sealed record LicenceRequest(string? WasteCode, string? Exchange, string? Name, string? Status, DateTimeOffset? Expires, string? Reference);
