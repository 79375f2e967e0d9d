using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Domain.Programme;

/// <summary>A park's metered totals over a period, summed by what the catalog says each meter is (resource, role, internal).</summary>
internal sealed class ParkFlows
{
    public ParkFlows(ParkPeriodData data)
    {
        var excludedProduction = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var total in data.Meters)
        {
            if (!data.Catalog.TryGetMeter(total.Plant, total.Meter, out var meter))
            {
                continue;
            }

            Add(meter, total.Amount, excludedProduction);
        }

        ProductionNote = excludedProduction.Count == 0
            ? null
            : $"production not metered in kg left out: {string.Join(", ", excludedProduction)}";
    }

    public double ElectricityKwh { get; private set; }

    public double FuelAndHeatKwh { get; private set; }

    public double WaterWithdrawalM3 { get; private set; }

    public double WastewaterDischargedM3 { get; private set; }

    public double WasteGeneratedKg { get; private set; }

    public double ProductionTonnes { get; private set; }

    public string? ProductionNote { get; }

    private void Add(Meter meter, double amount, SortedSet<string> excludedProduction)
    {
        var outward = meter.Role is MeterRole.Discharge or MeterRole.Output;
        switch (meter.Resource)
        {
            case Resource.Electricity when meter.Role == MeterRole.Intake && !meter.Internal:
                ElectricityKwh += amount;
                break;
            case Resource.Gas or Resource.Heat or Resource.Steam when meter.Role == MeterRole.Intake && !meter.Internal:
                FuelAndHeatKwh += amount;
                break;
            case Resource.Water when meter.Role == MeterRole.Intake && !meter.Internal:
                WaterWithdrawalM3 += amount;
                break;
            case Resource.Water when outward && !meter.Internal:
                WastewaterDischargedM3 += amount;
                break;
            case Resource.Waste when outward:
                WasteGeneratedKg += amount;
                break;
            case Resource.Production when meter.Unit is CanonicalUnits.Kilogram or CanonicalUnits.KilogramPerHour:
                ProductionTonnes += amount / 1000;
                break;
            case Resource.Production:
                excludedProduction.Add($"{meter.PlantId}/{meter.Id} ({meter.Unit})");
                break;
        }
    }
}
