using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Domain.Programme;

/// <summary>Everything the indicators of one park and period are computed from.</summary>
/// <param name="Catalog">The park's catalog (roles, resources, emission factors, tariffs).</param>
/// <param name="From">Start of the period (inclusive).</param>
/// <param name="To">End of the period (exclusive).</param>
/// <param name="Meters">Per meter, what it measured in the period; catalog meters absent here measured nothing.</param>
/// <param name="Exchanges">Symbiosis exchanges of the period.</param>
/// <param name="Manual">Manual inputs in force for the period, by id (<see cref="ProgrammeIndicators"/>).</param>
public sealed record ParkPeriodData(
    ParkCatalog Catalog,
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<MeterPeriodTotal> Meters,
    IReadOnlyList<ExchangeTotal> Exchanges,
    IReadOnlyDictionary<string, double> Manual);
