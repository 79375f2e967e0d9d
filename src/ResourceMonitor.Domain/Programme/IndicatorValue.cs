namespace ResourceMonitor.Domain.Programme;

/// <summary>An indicator's value for one park and period; null with a note when it cannot be computed.</summary>
/// <param name="Id">The indicator (<see cref="ProgrammeIndicators"/>).</param>
/// <param name="Value">The value in the definition's unit, or null.</param>
/// <param name="Note">Why the value is missing, or what it rests on (e.g. the basis of exchange figures).</param>
public sealed record IndicatorValue(string Id, double? Value, string? Note = null);
