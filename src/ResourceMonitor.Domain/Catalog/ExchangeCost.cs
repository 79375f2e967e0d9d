namespace ResourceMonitor.Domain.Catalog;

/// <summary>
/// What building and running an exchange of one resource costs, in the park's currency (catalog
/// <c>park.exchangeCosts.{resource}</c>): a pipe per metre of route plus fixed equipment (heat exchangers, pumps,
/// tanks), a yearly operating share of that investment, and for waste trucking per tonne-km with its emissions.
/// </summary>
/// <param name="PipePerMetre">Installed pipe per metre of route (heat, steam, water); 0 for trucked waste.</param>
/// <param name="FixedEquipment">Equipment per exchange, whatever its length.</param>
/// <param name="OperatingShare">Yearly operation and maintenance as a share of the investment (0.02 = 2 %).</param>
/// <param name="TruckingPerTonneKm">Waste: carrying one tonne one km.</param>
/// <param name="TruckingKgCo2ePerTonneKm">Waste: the truck's emissions per tonne-km, subtracted from the CO2e avoided.</param>
public sealed record ExchangeCost(double PipePerMetre, double FixedEquipment, double OperatingShare, double TruckingPerTonneKm, double TruckingKgCo2ePerTonneKm);
