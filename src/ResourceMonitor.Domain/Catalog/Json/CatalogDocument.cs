namespace ResourceMonitor.Domain.Catalog.Json;

// The catalog file as written by people: every field nullable so the validator can name what is missing.
#pragma warning disable CA1002, CA2227 // plain data-transfer shapes for System.Text.Json

internal sealed class CatalogDocument
{
    public ParkDocument? Park { get; set; }
    public List<PlantDocument>? Plants { get; set; }
    public List<MeterDocument>? Meters { get; set; }
    public List<OfferDocument>? Offers { get; set; }
    public List<NeedDocument>? Needs { get; set; }
    public List<RouteDocument>? Routes { get; set; }
}

internal sealed class ParkDocument
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? TimeZone { get; set; }
    public string? Currency { get; set; }
    public TariffsDocument? Tariffs { get; set; }
    public EmissionFactorsDocument? EmissionFactors { get; set; }
    public Dictionary<string, ExchangeLimitDocument>? ExchangeLimits { get; set; }
    public FinanceDocument? Finance { get; set; }
    public Dictionary<string, ExchangeCostDocument>? ExchangeCosts { get; set; }
    public HolidaysDocument? Holidays { get; set; }
}

internal sealed class HolidaysDocument
{
    public string? National { get; set; }
    public List<HolidayDocument>? ExtraDays { get; set; }
    public List<ClosureDocument>? Closures { get; set; }
}

internal sealed class HolidayDocument
{
    public string? Day { get; set; }
    public string? Name { get; set; }
}

internal sealed class ClosureDocument
{
    public string? Plant { get; set; }
    public string? From { get; set; }
    public string? Through { get; set; }
    public string? Name { get; set; }
}

internal sealed class FinanceDocument
{
    public double? DiscountRate { get; set; }
    public double? LifetimeYears { get; set; }
}

internal sealed class ExchangeCostDocument
{
    public double? PipePerMetre { get; set; }
    public double? FixedEquipment { get; set; }
    public double? OperatingShare { get; set; }
    public double? TruckingPerTonneKm { get; set; }
    public double? TruckingKgCo2ePerTonneKm { get; set; }
}

internal sealed class TariffsDocument
{
    public double? ElectricityPerKwh { get; set; }
    public double? WaterPerM3 { get; set; }
    public double? GasPerKwh { get; set; }
    public double? WasteDisposalPerKg { get; set; }
}

internal sealed class EmissionFactorsDocument
{
    public double? GridKgCo2ePerKwh { get; set; }
    public double? FuelKgCo2ePerKwh { get; set; }
    public double? WaterKgCo2ePerM3 { get; set; }
    public double? WasteKgCo2ePerKg { get; set; }
}

internal sealed class ExchangeLimitDocument
{
    public double? MaxDistanceMetres { get; set; }
    public double? LossPerKilometre { get; set; }
}

internal sealed class PlantDocument
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Sector { get; set; }
    public double? Lat { get; set; }
    public double? Lon { get; set; }
}

internal sealed class QualityDocument
{
    public double? TemperatureC { get; set; }
    public string? TemperatureMeter { get; set; }
    public string? WaterGrade { get; set; }
    public string? MaterialCode { get; set; }
}

internal sealed class MeterDocument
{
    public string? Id { get; set; }
    public string? Plant { get; set; }
    public string? Resource { get; set; }
    public string? Role { get; set; }
    public string? Unit { get; set; }
    public string? Kind { get; set; }
    public QualityDocument? Quality { get; set; }
    public double? RegisterMax { get; set; }
    public double? MaxRate { get; set; }
    public double? Nominal { get; set; }
    public string? Profile { get; set; }
    public bool? Internal { get; set; }
}

internal sealed class OfferDocument
{
    public string? Id { get; set; }
    public string? Plant { get; set; }
    public string? Meter { get; set; }
    public QualityDocument? Quality { get; set; }
    public double? OpenAbove { get; set; }
    public double? CloseBelow { get; set; }
    public string? Schedule { get; set; }
    public string? LegalStanding { get; set; }
}

internal sealed class NeedDocument
{
    public string? Id { get; set; }
    public string? Plant { get; set; }
    public string? Meter { get; set; }
    public double? MinTemperatureC { get; set; }
    public string? MinWaterGrade { get; set; }
    public List<string>? AcceptedMaterials { get; set; }
    public double? ConversionEfficiency { get; set; }
    public string? Substitutes { get; set; }
}
#pragma warning restore CA1002, CA2227
