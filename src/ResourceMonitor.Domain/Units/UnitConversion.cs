namespace ResourceMonitor.Domain.Units;

/// <summary>A linear conversion from a source unit to a canonical unit: <c>canonical = value × Factor + Offset</c>.</summary>
/// <param name="SourceUnit">The unit as the device reports it.</param>
/// <param name="CanonicalUnit">The canonical unit of the v1 contract (<see cref="Contracts.CanonicalUnits"/>).</param>
/// <param name="Factor">The multiplier.</param>
/// <param name="Offset">Added after multiplying (non-zero only for temperatures).</param>
/// <param name="IsEstimate">True when the conversion assumes what was not measured (amperes to kW with a configured voltage and power factor): readings are <c>estimated</c>.</param>
public sealed record UnitConversion(string SourceUnit, string CanonicalUnit, double Factor, double Offset = 0, bool IsEstimate = false)
{
    /// <summary>Converts <paramref name="value"/> from <see cref="SourceUnit"/> to <see cref="CanonicalUnit"/>.</summary>
    public double Apply(double value) => (value * Factor) + Offset;

    /// <summary>The same conversion with the value first multiplied by <paramref name="scale"/> (a device scaling, e.g. 0.001).</summary>
    public UnitConversion Scaled(double scale) => this with { Factor = Factor * scale, Offset = Offset };
}
