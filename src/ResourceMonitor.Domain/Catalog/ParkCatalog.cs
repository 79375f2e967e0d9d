using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace ResourceMonitor.Domain.Catalog;

/// <summary>
/// Everything the system knows about one park: its plants, meters, offers and needs. Built only by
/// <see cref="ParkCatalogLoader"/> (or tests), so every instance is valid: ids unique, references resolved.
/// </summary>
public sealed class ParkCatalog
{
    private readonly FrozenDictionary<string, Plant> _plants;
    private readonly FrozenDictionary<(string Plant, string Meter), Meter> _meters;
    private readonly FrozenDictionary<string, Meter[]> _metersById;

    /// <summary>
    /// Creates a catalog; use <see cref="ParkCatalogLoader"/> for files, which validates first. <paramref name="routeLengths"/>
    /// gives the pipe or road length of (offer, need) pairs where it is known, overriding the straight line.
    /// </summary>
    public ParkCatalog(
        Park park, IReadOnlyList<Plant> plants, IReadOnlyList<Meter> meters, IReadOnlyList<Offer> offers, IReadOnlyList<Need> needs,
        IReadOnlyDictionary<(string Offer, string Need), double>? routeLengths = null)
    {
        RouteLengths = routeLengths ?? new Dictionary<(string Offer, string Need), double>();
        Park = park;
        Plants = plants;
        Meters = meters;
        Offers = offers;
        Needs = needs;
        _plants = plants.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
        _meters = meters.ToFrozenDictionary(m => (m.PlantId, m.Id));
        _metersById = meters.GroupBy(m => m.Id, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The park.</summary>
    public Park Park { get; }

    /// <summary>Its plants.</summary>
    public IReadOnlyList<Plant> Plants { get; }

    /// <summary>Every meter of every plant.</summary>
    public IReadOnlyList<Meter> Meters { get; }

    /// <summary>Surpluses plants are willing to give.</summary>
    public IReadOnlyList<Offer> Offers { get; }

    /// <summary>Demands an offer could substitute.</summary>
    public IReadOnlyList<Need> Needs { get; }

    /// <summary>Route lengths in metres per (offer id, need id), where the catalog states them.</summary>
    public IReadOnlyDictionary<(string Offer, string Need), double> RouteLengths { get; }

    /// <summary>The length of the exchange from <paramref name="offer"/> to <paramref name="need"/>: the catalog's route, else the straight line between the plants.</summary>
    public double RouteMetres(Offer offer, Need need) =>
        RouteLengths.TryGetValue((offer.Id, need.Id), out var length) ? length : DistanceMetres(offer.PlantId, need.PlantId);

    /// <summary>Finds a plant by id.</summary>
    public bool TryGetPlant(string plantId, [NotNullWhen(true)] out Plant? plant) => _plants.TryGetValue(plantId, out plant);

    /// <summary>Finds the meter of a plant; false when the plant has no such meter (even if another plant has).</summary>
    public bool TryGetMeter(string plantId, string meterId, [NotNullWhen(true)] out Meter? meter) => _meters.TryGetValue((plantId, meterId), out meter);

    /// <summary>Every meter with this id, whatever its plant (to tell "unknown meter" from "meter of another plant").</summary>
    public IReadOnlyList<Meter> FindMeter(string meterId) => _metersById.TryGetValue(meterId, out var found) ? found : [];

    /// <summary>The meters of one plant.</summary>
    public IEnumerable<Meter> MetersOf(string plantId) => Meters.Where(m => m.PlantId == plantId);

    /// <summary>Distance in metres between two plants of the catalog.</summary>
    public double DistanceMetres(string plantA, string plantB) => _plants[plantA].Location.DistanceMetresTo(_plants[plantB].Location);
}
