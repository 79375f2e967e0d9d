using System.Globalization;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Exchanges;

namespace ResourceMonitor.Worker.Exchanges;

/// <summary>A legal position in one line for reports: "permitted", "needs a licence: none recorded", "needs a licence: X granted until 2027-12-01".</summary>
public static class LegalSummary
{
    /// <summary>The line for <paramref name="legal"/>.</summary>
    public static string Of(LegalPosition legal) =>
        !legal.NeedsLicence ? (legal.Standing == LegalStanding.Permitted ? "permitted" : "unknown")
        : legal.Licences.Count == 0 ? "needs a licence: none recorded"
        : "needs a licence: " + string.Join("; ", legal.Licences.Select(l =>
            $"{l.Name} {l.Status.ToString().ToLowerInvariant()}{(l.Expires is { } e ? " until " + e.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty)}"));
}
