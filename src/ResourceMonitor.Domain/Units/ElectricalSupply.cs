namespace ResourceMonitor.Domain.Units;

/// <summary>
/// The supply a current clamp measures on, so amperes can be read as power: <c>P = I × V × PF</c> on one phase,
/// <c>P = √3 × I × V × PF</c> on three balanced phases (V then line to line). An estimate: the real voltage and power factor
/// vary, so readings converted this way carry quality <c>estimated</c>.
/// </summary>
/// <param name="Voltage">Volts: phase to neutral for one phase (230), line to line for three (400).</param>
/// <param name="Phases">1 or 3.</param>
/// <param name="PowerFactor">Between 0 (exclusive) and 1.</param>
public sealed record ElectricalSupply(double Voltage, int Phases, double PowerFactor)
{
    /// <summary>The names of the ampere unit (compared as <see cref="UnitName"/> does).</summary>
    public static IReadOnlyList<string> AmpereNames { get; } = ["A", "amp", "amps", "ampere", "amperes"];

    /// <summary>True when <paramref name="unit"/> names amperes.</summary>
    public static bool IsAmpere(string? unit) => UnitName.Key(unit) is { } key && AmpereNames.Any(n => UnitName.Key(n) == key);

    /// <summary>Why this supply cannot be used, or null when it can.</summary>
    public string? Problem =>
        !(Voltage > 0 && Voltage <= 100_000) ? $"Voltage {Voltage} must be above 0 and at most 100000 V"
        : Phases is not (1 or 3) ? $"PhaseCount {Phases} must be 1 or 3"
        : !(PowerFactor > 0 && PowerFactor <= 1) ? $"PowerFactor {PowerFactor} must be above 0 and at most 1"
        : null;

    /// <summary>The conversion from amperes to kW on this supply (an estimate).</summary>
    public UnitConversion Conversion =>
        new("A", Contracts.CanonicalUnits.Kilowatt, Voltage * PowerFactor * (Phases == 3 ? Math.Sqrt(3) : 1) / 1000, IsEstimate: true);
}
