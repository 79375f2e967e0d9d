namespace ResourceMonitor.Domain.Catalog;

/// <summary>The park itself: identity, local time, money and carbon accounting, exchange limits.</summary>
/// <param name="Id">Park id (contract id rules).</param>
/// <param name="Name">Display name.</param>
/// <param name="TimeZone">IANA time zone, e.g. Asia/Ho_Chi_Minh; used for hour-of-week profiles and local report periods.</param>
/// <param name="Currency">ISO 4217 code, e.g. VND.</param>
/// <param name="Tariffs">Prices per canonical unit.</param>
/// <param name="EmissionFactors">CO2e factors.</param>
/// <param name="ExchangeLimits">Per resource, the practical exchange distance and transport loss; a resource without one cannot be exchanged.</param>
public sealed record Park(
    string Id,
    string Name,
    TimeZoneInfo TimeZone,
    string Currency,
    Tariffs Tariffs,
    EmissionFactors EmissionFactors,
    IReadOnlyDictionary<Resource, ExchangeLimit> ExchangeLimits);
