using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Domain.ParkView;

/// <summary>What one plant takes in, puts out or discharges of one resource now: the sum of its live meters' rates.</summary>
/// <param name="Plant">The plant.</param>
/// <param name="Resource">The resource.</param>
/// <param name="Role">Intake, output, discharge, production or ambient.</param>
/// <param name="Rate">The summed latest rate of the meters (a gauge's value, a counter's use per hour).</param>
/// <param name="RateUnit">kW, m3/h, kg/h, unit/h, degC...</param>
/// <param name="Meters">How many meters the sum covers.</param>
/// <param name="At">The newest reading time among them (the meters' clock).</param>
public sealed record PlantFlow(string Plant, Resource Resource, MeterRole Role, double Rate, string RateUnit, int Meters, DateTimeOffset At);
