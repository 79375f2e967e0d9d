namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>The quality of what is offered, as the receiving plant sees it.</summary>
/// <param name="TemperatureC">Heat: the (live or declared) temperature.</param>
/// <param name="WaterGrade">Water: the grade, kebab-case.</param>
/// <param name="MaterialCode">Waste: the European Waste Catalogue code.</param>
public sealed record OfferedQuality(double? TemperatureC, string? WaterGrade, string? MaterialCode);
