using ResourceMonitor.Contracts;

namespace ResourceMonitor.Domain.Units;

/// <summary>
/// Checks at start-up that a configured source unit converts to a canonical unit fit for the meter's kind (and, when the
/// catalog names one, to the meter's own canonical unit). A unit that does not is a configuration error, not a runtime surprise.
/// </summary>
public static class UnitResolver
{
    /// <summary>
    /// Resolves <paramref name="sourceUnit"/> for a meter of <paramref name="kind"/>, optionally required to end in
    /// <paramref name="expectedCanonical"/>; amperes need the <paramref name="supply"/> they are measured on.
    /// </summary>
    public static UnitResolution Resolve(string? sourceUnit, ReadingKind kind, string? expectedCanonical = null, double scale = 1, ElectricalSupply? supply = null)
    {
        if (!double.IsFinite(scale) || scale == 0)
        {
            return new UnitResolution(null, $"scale {scale} must be a finite non-zero number");
        }

        if (Find(sourceUnit, supply, out var conversion) is { } error)
        {
            return new UnitResolution(null, error);
        }

        if (kind == ReadingKind.Counter && !CanonicalUnits.IsCumulative(conversion.CanonicalUnit))
        {
            return new UnitResolution(null,
                $"unit '{sourceUnit}' converts to {conversion.CanonicalUnit}, which is not a cumulative unit; a counter needs an energy, volume, mass or count unit (or set kind to gauge)");
        }

        if (expectedCanonical is not null && !string.Equals(expectedCanonical, conversion.CanonicalUnit, StringComparison.Ordinal))
        {
            return new UnitResolution(null,
                $"unit '{sourceUnit}' converts to {conversion.CanonicalUnit} but the meter is declared in {expectedCanonical}; fix the mapping's unit or the catalog");
        }

        return new UnitResolution(scale == 1 ? conversion : conversion.Scaled(scale), null);
    }

    private static string? Find(string? sourceUnit, ElectricalSupply? supply, out UnitConversion conversion)
    {
        conversion = null!;
        if (ElectricalSupply.IsAmpere(sourceUnit))
        {
            if (supply is null)
            {
                return $"unit '{sourceUnit}' (amperes) needs the supply to become kW: set Voltage, PhaseCount and PowerFactor (the readings are then estimated)";
            }

            if (supply.Problem is { } problem)
            {
                return problem;
            }

            conversion = supply.Conversion;
            return null;
        }

        if (UnitName.IsAmbiguousMilli(sourceUnit?.Trim() ?? string.Empty))
        {
            return $"unit '{sourceUnit}' reads as milli, which no meter reports; write MW, MWh or MJ for mega";
        }

        return UnitTable.TryFind(sourceUnit, out conversion)
            ? null
            : $"unit '{sourceUnit}' is not known; use one of {string.Join(", ", UnitTable.PrimaryUnits)}, A (with Voltage, PhaseCount, PowerFactor); case and spaces do not matter";
    }
}
