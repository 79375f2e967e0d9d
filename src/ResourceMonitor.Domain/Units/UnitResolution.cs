namespace ResourceMonitor.Domain.Units;

/// <summary>The outcome of resolving a configured unit: a conversion, or the reason it cannot be used.</summary>
/// <param name="Conversion">The conversion, when resolved.</param>
/// <param name="Error">Why the unit cannot be used, naming the fix; null when resolved.</param>
public sealed record UnitResolution(UnitConversion? Conversion, string? Error)
{
    /// <summary>True when a conversion was found.</summary>
    public bool IsResolved => Conversion is not null;
}
