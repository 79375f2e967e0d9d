namespace ResourceMonitor.Domain.Catalog;

/// <summary>The quality of the resource a meter measures, as far as the catalog declares it.</summary>
/// <param name="TemperatureC">Heat or steam: the supply temperature level in °C.</param>
/// <param name="TemperatureMeter">Heat or steam: the id of a temperature meter of the same plant that gives the level live.</param>
/// <param name="WaterGrade">Water: its grade.</param>
/// <param name="MaterialCode">Waste: its European Waste Catalogue code, e.g. "10 02 02".</param>
public sealed record MeterQuality(double? TemperatureC = null, string? TemperatureMeter = null, WaterGrade? WaterGrade = null, string? MaterialCode = null)
{
    /// <summary>Nothing declared.</summary>
    public static MeterQuality None { get; } = new();
}
