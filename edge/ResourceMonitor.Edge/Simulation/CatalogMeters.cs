using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Edge.Simulation;

/// <summary>Turns a plant's catalog meters into simulated meters: nominal rate, profile, a register that starts part-way.</summary>
public static class CatalogMeters
{
    /// <summary>The simulated meters of <paramref name="plant"/> in <paramref name="catalog"/>; an unknown plant is a configuration error.</summary>
    public static IReadOnlyList<SimulatedMeterOptions> Of(ParkCatalog catalog, string plant, string source)
    {
        if (!catalog.TryGetPlant(plant, out _))
        {
            throw new InvalidOperationException(
                $"Edge:Plant '{plant}' is not a plant of {source}; use one of {string.Join(", ", catalog.Plants.Select(p => p.Id))}");
        }

        return catalog.MetersOf(plant).Select(m => new SimulatedMeterOptions
        {
            Meter = m.Id,
            Unit = m.Unit,
            Kind = m.Kind,
            Mean = m.Nominal ?? 1,
            Profile = m.Profile,
            Noise = m.Profile == "ambient" ? 0.01 : 0.05,
            // Registers start part-way (a year of use), well below any wrap value.
            Start = m.Kind == Contracts.ReadingKind.Counter ? Math.Min((m.Nominal ?? 1) * 24 * 365, (m.RegisterMax ?? double.MaxValue) / 2) : 0,
        }).ToList();
    }
}
