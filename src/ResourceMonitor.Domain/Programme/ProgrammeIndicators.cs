namespace ResourceMonitor.Domain.Programme;

/// <summary>
/// The programme indicators: the environmental performance indicators of the International Framework for Eco-Industrial
/// Parks (World Bank, UNIDO, GIZ; version 2.0, 2021), chapter on environmental performance, that metered data can give per
/// park and period, and the ones recorded by hand (docs/programme.md).
/// </summary>
public static class ProgrammeIndicators
{
    /// <summary>Indicator id <c>energy_use</c>.</summary>
    public const string EnergyUse = "energy_use";

    /// <summary>Indicator id <c>energy_per_hectare</c>.</summary>
    public const string EnergyPerHectare = "energy_per_hectare";

    /// <summary>Indicator id <c>energy_per_tonne</c>.</summary>
    public const string EnergyPerTonne = "energy_per_tonne";

    /// <summary>Indicator id <c>water_withdrawal</c>.</summary>
    public const string WaterWithdrawal = "water_withdrawal";

    /// <summary>Indicator id <c>water_per_hectare</c>.</summary>
    public const string WaterPerHectare = "water_per_hectare";

    /// <summary>Indicator id <c>water_per_tonne</c>.</summary>
    public const string WaterPerTonne = "water_per_tonne";

    /// <summary>Indicator id <c>ghg_emissions</c>.</summary>
    public const string GhgEmissions = "ghg_emissions";

    /// <summary>Indicator id <c>ghg_per_hectare</c>.</summary>
    public const string GhgPerHectare = "ghg_per_hectare";

    /// <summary>Indicator id <c>ghg_per_tonne</c>.</summary>
    public const string GhgPerTonne = "ghg_per_tonne";

    /// <summary>Indicator id <c>production</c>.</summary>
    public const string Production = "production";

    /// <summary>Indicator id <c>wastewater_discharged</c>.</summary>
    public const string WastewaterDischarged = "wastewater_discharged";

    /// <summary>Indicator id <c>wastewater_reuse_share</c>.</summary>
    public const string WastewaterReuseShare = "wastewater_reuse_share";

    /// <summary>Indicator id <c>waste_generated</c>.</summary>
    public const string WasteGenerated = "waste_generated";

    /// <summary>Indicator id <c>waste_recovery_share</c>.</summary>
    public const string WasteRecoveryShare = "waste_recovery_share";

    /// <summary>Indicator id <c>exchanges</c>.</summary>
    public const string Exchanges = "exchanges";

    /// <summary>Indicator id <c>exchange_energy</c>.</summary>
    public const string ExchangeEnergy = "exchange_energy";

    /// <summary>Indicator id <c>exchange_water</c>.</summary>
    public const string ExchangeWater = "exchange_water";

    /// <summary>Indicator id <c>exchange_waste</c>.</summary>
    public const string ExchangeWaste = "exchange_waste";

    /// <summary>Indicator id <c>exchange_savings</c>.</summary>
    public const string ExchangeSavings = "exchange_savings";

    /// <summary>Indicator id <c>exchange_co2e_avoided</c>.</summary>
    public const string ExchangeCo2eAvoided = "exchange_co2e_avoided";

    /// <summary>Indicator id <c>data_coverage</c>.</summary>
    public const string DataCoverage = "data_coverage";

    /// <summary>Indicator id <c>land_area</c>.</summary>
    public const string LandArea = "land_area";

    /// <summary>Indicator id <c>green_space_share</c>.</summary>
    public const string GreenSpaceShare = "green_space_share";

    /// <summary>Indicator id <c>employees</c>.</summary>
    public const string Employees = "employees";

    /// <summary>Indicator id <c>female_employee_share</c>.</summary>
    public const string FemaleEmployeeShare = "female_employee_share";

    /// <summary>Indicator id <c>lost_time_injuries</c>.</summary>
    public const string LostTimeInjuries = "lost_time_injuries";


    private const string Energy = "energy";
    private const string Climate = "climate change";
    private const string Water = "water";
    private const string Waste = "waste and material use";
    private const string Symbiosis = "industrial symbiosis (waste and material use, energy, water)";
    private const string Monitoring = "environmental management and monitoring";
    private const string Natural = "natural environment and climate resilience";
    private const string Social = "social performance";
    private const string Planning = "park management and planning";
    private const string Metered = "metered: ";

    /// <summary>Every indicator, metered first, in report order.</summary>
    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        M(EnergyUse, "Energy use", "kWh", Energy, "final energy the park's plants take from outside: electricity, gas, heat and steam intake meters, except meters marked internal (a boiler's heat output whose fuel is metered)"),
        M(EnergyPerHectare, "Energy intensity per hectare", "kWh/ha", Energy, "energy use / land area (manual input land_area)"),
        M(EnergyPerTonne, "Energy intensity per tonne produced", "kWh/t", Energy, "energy use / production"),
        M(WaterWithdrawal, "Water withdrawal", "m3", Water, "water intake meters except internal ones (a central wastewater plant's influent, a submeter)"),
        M(WaterPerHectare, "Water intensity per hectare", "m3/ha", Water, "water withdrawal / land area"),
        M(WaterPerTonne, "Water intensity per tonne produced", "m3/t", Water, "water withdrawal / production"),
        M(GhgEmissions, "GHG emissions", "tCO2e", Climate, "electricity × grid factor + gas, heat and steam × fuel factor + water withdrawal × water factor + waste disposed (generated − recovered) × waste factor, with the catalog's emission factors"),
        M(GhgPerHectare, "GHG intensity per hectare", "tCO2e/ha", Climate, "GHG emissions / land area"),
        M(GhgPerTonne, "GHG intensity per tonne produced", "tCO2e/t", Climate, "GHG emissions / production"),
        M(Production, "Production", "t", Planning, "production meters in kg, in tonnes (production counted in other units, e.g. pieces, is left out and named in the note)"),
        M(WastewaterDischarged, "Wastewater discharged", "m3", Water, "water discharge meters except internal ones (a plant's effluent to the park's wastewater plant)"),
        M(WastewaterReuseShare, "Share of wastewater reused", "%", Water, "water delivered by symbiosis exchanges / wastewater discharged × 100"),
        M(WasteGenerated, "Waste generated", "t", Waste, "waste discharge and output meters: a stock gauge counts what was put on the pile (its rises), a counter its increase"),
        M(WasteRecoveryShare, "Share of waste exchanged or recovered", "%", Waste, "waste delivered by symbiosis exchanges / waste generated × 100 (the rest is counted as disposed)"),
        M(Exchanges, "Symbiosis exchanges", "count", Symbiosis, "exchanges that delivered something in the period (implemented exchanges when any are recorded, else observed opportunities; the note says which)"),
        M(ExchangeEnergy, "Energy exchanged", "kWh", Symbiosis, "heat and steam delivered by the exchanges"),
        M(ExchangeWater, "Water exchanged", "m3", Symbiosis, "water delivered by the exchanges"),
        M(ExchangeWaste, "Waste exchanged", "t", Symbiosis, "waste delivered by the exchanges"),
        M(ExchangeSavings, "Money saved by exchanges", "currency", Symbiosis, "money saved at the park's tariffs (the park's currency)"),
        M(ExchangeCo2eAvoided, "CO2e avoided by exchanges", "tCO2e", Symbiosis, "CO2e avoided by the exchanges at the catalog's emission factors"),
        M(DataCoverage, "Data coverage", "%", Monitoring, "minutes of whole data (sum of usage_1m coverage) / (catalog meters × minutes in the period) × 100"),
        H(LandArea, "Land area", "ha", Planning, "the park's total land area, for the per-hectare intensities"),
        H(GreenSpaceShare, "Share of green and open space", "%", Natural, "green and open space / total land area × 100"),
        H(Employees, "Employees", "persons", Social, "people employed by the park's plants and operator at the period's end"),
        H(FemaleEmployeeShare, "Share of women employed", "%", Social, "women / employees × 100"),
        H(LostTimeInjuries, "Lost-time injuries", "count", Social, "occupational injuries with lost time in the period"),
    ];

    /// <summary>The definition of <paramref name="id"/>, or null when there is no such indicator.</summary>
    public static IndicatorDefinition? Find(string id) => All.FirstOrDefault(d => d.Id == id);

    private static IndicatorDefinition M(string id, string name, string unit, string category, string definition) =>
        new(id, name, unit, category, IndicatorSource.Metered, Metered + definition);

    private static IndicatorDefinition H(string id, string name, string unit, string category, string definition) =>
        new(id, name, unit, category, IndicatorSource.Manual, definition);
}
