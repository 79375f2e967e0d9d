using System.Globalization;
using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Demo;

/// <summary>
/// Turns a catalog plant's meters into the edge agent's simulator settings: each meter's nominal rate and daily
/// profile become a mean, a day/night swing and a weekend drop, so the simulated park behaves like the catalog says.
/// </summary>
internal static class CatalogSimulation
{
    public static IEnumerable<KeyValuePair<string, string>> SettingsFor(ParkCatalog catalog, Plant plant)
    {
        var index = 0;
        foreach (var meter in catalog.MetersOf(plant.Id))
        {
            var (amplitude, weekendDrop, noise) = Shape(meter.Profile);
            var prefix = $"Edge:Simulation:Meters:{index++}";
            yield return new($"{prefix}:Meter", meter.Id);
            yield return new($"{prefix}:Unit", meter.Unit);
            yield return new($"{prefix}:Kind", meter.Kind.ToString());
            yield return new($"{prefix}:Mean", Format(Mean(meter)));
            yield return new($"{prefix}:DailyAmplitude", Format(amplitude));
            yield return new($"{prefix}:WeekendDrop", Format(weekendDrop));
            yield return new($"{prefix}:Noise", Format(noise));
            if (meter.Kind == ReadingKind.Counter)
            {
                // A register that has run for about a year, kept well inside its width so the demo starts without a rollover.
                var year = Mean(meter) * 24 * 365;
                yield return new($"{prefix}:Start", Format(Math.Round(meter.RegisterMax is { } max ? Math.Min(year, max / 4) : year, 0)));
            }
        }
    }

    /// <summary>A waste pile (profile "stock") holds about a day of its hourly accumulation.</summary>
    private static double Mean(Meter meter) => (meter.Nominal ?? 1) * (meter.Profile == "stock" ? 24 : 1);

    private static (double Amplitude, double WeekendDrop, double Noise) Shape(string? profile) => profile switch
    {
        "day-shift" => (0.6, 0.5, 0.06),
        "two-shift" => (0.35, 0.3, 0.05),
        "ambient" => (0.12, 0, 0.01),
        "stock" => (0.1, 0, 0.01),
        _ => (0.1, 0.05, 0.04),
    };

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
