using System.Text.Json.Nodes;

namespace ResourceMonitor.Worker.Catalog;

/// <summary>One line of the catalog audit trail: who changed what of which park when, and the element before and after.</summary>
/// <param name="At">When the change was applied (the worker's clock).</param>
/// <param name="By">The API key's name.</param>
/// <param name="Park">The park.</param>
/// <param name="Section"><c>plants</c>, <c>meters</c>, <c>offers</c> or <c>needs</c>.</param>
/// <param name="Key">The element's id (meters: <c>plant/id</c>).</param>
/// <param name="Before">The element before, null when it was added.</param>
/// <param name="After">The element after.</param>
public sealed record CatalogAuditEntry(DateTimeOffset At, string By, string Park, string Section, string Key, JsonObject? Before, JsonObject After);
