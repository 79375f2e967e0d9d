namespace ResourceMonitor.Domain.Exchanges;

/// <summary>
/// A licence or permit an exchange needs, as recorded by the park (e.g. a hazardous-waste treatment licence under
/// Decree 08/2022/ND-CP for a sludge): what it covers, what it is, where it stands and when it expires.
/// </summary>
/// <param name="Scope">A waste code or one exchange.</param>
/// <param name="Subject">The waste code or the opportunity id.</param>
/// <param name="Name">The licence or permit, for people (e.g. "hazardous waste treatment licence").</param>
/// <param name="Status">None, applied, granted or expired, as recorded.</param>
/// <param name="Expires">When a granted licence stops being valid; null when it does not expire.</param>
/// <param name="Reference">The authority's reference number, if any.</param>
/// <param name="RecordedBy">The API key that recorded it.</param>
/// <param name="RecordedAt">When.</param>
public sealed record Licence(LicenceScope Scope, string Subject, string Name, LicenceStatus Status, DateTimeOffset? Expires, string? Reference, string RecordedBy, DateTimeOffset RecordedAt)
{
    /// <summary>The status at <paramref name="at"/>: a granted licence past its expiry is expired.</summary>
    public LicenceStatus StatusAt(DateTimeOffset at) =>
        Status == LicenceStatus.Granted && Expires is { } expires && expires <= at ? LicenceStatus.Expired : Status;

    /// <summary>True when <paramref name="other"/> is the same licence (scope, subject, name): a newer record replaces it.</summary>
    public bool Replaces(Licence other) => Scope == other.Scope && Subject == other.Subject && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase);
}
