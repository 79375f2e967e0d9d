using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Domain.Exchanges;

/// <summary>
/// An exchange's legal standing as data at one time: the catalog's standing of its offer, the licences that apply to it
/// (its waste code's and its own, each with its status at that time), and whether it may be implemented.
/// </summary>
/// <param name="Standing">The offer's standing in the catalog.</param>
/// <param name="NeedsLicence">True when the catalog says so or a licence is recorded for its waste code or for it.</param>
/// <param name="Licences">The licences that apply, with their status at the time (a granted one past its expiry is expired).</param>
/// <param name="ClearToImplement">True when it needs no licence, or every licence that applies is granted and unexpired.</param>
/// <param name="Why">Why it is not clear, else null.</param>
public sealed record LegalPosition(LegalStanding Standing, bool NeedsLicence, IReadOnlyList<Licence> Licences, bool ClearToImplement, string? Why)
{
    /// <summary>
    /// The position of the exchange <paramref name="opportunityId"/> of <paramref name="offer"/> among the recorded
    /// <paramref name="licences"/> at <paramref name="at"/>.
    /// </summary>
    public static LegalPosition Of(Offer offer, string opportunityId, IEnumerable<Licence> licences, DateTimeOffset at)
    {
        var code = offer.Quality.MaterialCode;
        var applying = licences
            .Where(l => (l.Scope == LicenceScope.WasteCode && code is not null && l.Subject == code) || (l.Scope == LicenceScope.Exchange && l.Subject == opportunityId))
            .Select(l => l with { Status = l.StatusAt(at) })
            .ToList();
        var needs = offer.LegalStanding == LegalStanding.NeedsLicence || applying.Count > 0;
        var missing = applying.Where(l => l.Status != LicenceStatus.Granted).ToList();
        var why = !needs ? null
            : applying.Count == 0 ? $"the exchange needs a licence (catalog: {offer.Id} needs-licence) and none is recorded; record a granted one first (POST /api/v1/licences)"
            : missing.Count > 0 ? "the exchange needs a granted, unexpired licence: " + string.Join("; ", missing.Select(l => $"{l.Name} ({Kebab(l.Scope)} {l.Subject}) is {Kebab(l.Status)}"))
            : null;
        return new LegalPosition(offer.LegalStanding, needs, applying, why is null, why);
    }

    private static string Kebab<T>(T value) where T : struct, Enum => value.ToString() switch
    {
        "WasteCode" => "waste code",
        { } s => s.ToLowerInvariant(),
    };
}
