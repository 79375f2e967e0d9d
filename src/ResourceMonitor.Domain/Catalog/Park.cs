namespace ResourceMonitor.Domain.Catalog;

/// <summary>The park itself: identity, local time, money and carbon accounting, exchange limits.</summary>
/// <param name="Id">Park id (contract id rules).</param>
/// <param name="Name">Display name.</param>
/// <param name="TimeZone">IANA time zone, e.g. Asia/Ho_Chi_Minh; used for hour-of-week profiles and local report periods.</param>
/// <param name="Currency">ISO 4217 code, e.g. VND.</param>
/// <param name="Tariffs">Prices per canonical unit.</param>
/// <param name="EmissionFactors">CO2e factors.</param>
/// <param name="ExchangeLimits">Per resource, the practical exchange distance and transport loss; a resource without one cannot be exchanged.</param>
/// <param name="Finance">Discount rate and exchange lifetime for appraisals; null when the catalog has none (no appraisal).</param>
/// <param name="ExchangeCosts">Per resource, what an exchange costs to build and run; a resource without one is not appraised.</param>
/// <param name="Holidays">Public holidays, extra days and plant closures (<c>park.holidays</c>); null: none.</param>
public sealed record Park(
    string Id,
    string Name,
    TimeZoneInfo TimeZone,
    string Currency,
    Tariffs Tariffs,
    EmissionFactors EmissionFactors,
    IReadOnlyDictionary<Resource, ExchangeLimit> ExchangeLimits,
    Finance? Finance = null,
    IReadOnlyDictionary<Resource, ExchangeCost>? ExchangeCosts = null,
    Calendar.HolidayCalendar? Holidays = null);
