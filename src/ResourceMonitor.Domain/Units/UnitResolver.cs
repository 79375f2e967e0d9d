using ResourceMonitor.Contracts;

namespace ResourceMonitor.Domain.Units;

/// <summary>
/// Checks at start-up that a configured source unit converts to a canonical unit fit for the meter's kind (and, when the
/// catalog names one, to the meter's own canonical unit). A unit that does not is a configuration error, not a runtime surprise.
/// </summary>
public static class UnitResolver
{
    /// <summary>Resolves <paramref name="sourceUnit"/> for a meter of <paramref name="kind"/>, optionally required to end in <paramref name="expectedCanonical"/>.</summary>
    public static UnitResolution Resolve(string? sourceUnit, ReadingKind kind, string? expectedCanonical = null, double scale = 1)
    {
        if (!double.IsFinite(scale) || scale == 0)
        {
            return new UnitResolution(null, $"scale {scale} must be a finite non-zero number");
        }

        if (!UnitTable.TryFind(sourceUnit, out var conversion))
        {
            return new UnitResolution(null,
                $"unit '{sourceUnit}' is not known; use one of {string.Join(", ", UnitTable.KnownUnits.Order(StringComparer.Ordinal))}");
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
}
