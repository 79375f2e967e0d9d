using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Worker.Catalog;

/// <summary>
/// The catalogs of the parks this worker owns, keyed by park id: the registry every consumer reads the current catalog
/// from. A live change swaps one park's snapshot atomically (<see cref="Replace"/>); a reader sees either the old or the
/// new catalog, never a mix, and the next call sees the new one. The set of parks is fixed at start.
/// </summary>
public sealed class ParkCatalogs
{
    private readonly Lock _gate = new();
    private volatile FrozenDictionary<string, LiveCatalog> _parks;

    /// <summary>Creates the registry of <paramref name="catalogs"/> (at least one, each park once), in this order.</summary>
    public ParkCatalogs(IReadOnlyList<LiveCatalog> catalogs)
    {
        if (catalogs.Count == 0)
        {
            throw new ArgumentException("a worker owns at least one park", nameof(catalogs));
        }

        Parks = catalogs.Select(c => c.Catalog.Park.Id).ToArray();
        _parks = catalogs.ToFrozenDictionary(c => c.Catalog.Park.Id, StringComparer.Ordinal);
    }

    /// <summary>Creates the registry of catalogs built in code (tests, tools).</summary>
    public ParkCatalogs(params ParkCatalog[] catalogs)
        : this(catalogs.Select(c => new LiveCatalog(c, [], "(code)")).ToArray())
    {
    }

    /// <summary>Raised after a park's catalog was replaced, with the new catalog.</summary>
    public event Action<ParkCatalog>? Changed;

    /// <summary>The parks, in configuration order (the first is the primary park of single-park features).</summary>
    public IReadOnlyList<string> Parks { get; }

    /// <summary>
    /// The first park's current catalog. Symbiosis, reports and audit series still serve one park per worker: this one
    /// (docs/catalog.md "Several parks per deployment").
    /// </summary>
    public ParkCatalog Primary => _parks[Parks[0]].Catalog;

    /// <summary>Every park's current catalog, in <see cref="Parks"/> order.</summary>
    public IReadOnlyList<ParkCatalog> All => Parks.Select(p => _parks[p].Catalog).ToArray();

    /// <summary>The current catalog of <paramref name="park"/>; false when this worker does not own it.</summary>
    public bool TryGet(string park, [NotNullWhen(true)] out ParkCatalog? catalog)
    {
        catalog = _parks.TryGetValue(park, out var live) ? live.Catalog : null;
        return catalog is not null;
    }

    /// <summary>The current catalog and its JSON of <paramref name="park"/>, or null when this worker does not own it.</summary>
    public LiveCatalog? Live(string park) => _parks.GetValueOrDefault(park);

    /// <summary>Swaps in a new catalog of an owned park and tells <see cref="Changed"/>.</summary>
    public void Replace(LiveCatalog catalog)
    {
        var park = catalog.Catalog.Park.Id;
        lock (_gate)
        {
            if (!_parks.ContainsKey(park))
            {
                throw new InvalidOperationException($"park '{park}' is not one this worker owns");
            }

            var parks = _parks.ToDictionary(StringComparer.Ordinal);
            parks[park] = catalog;
            _parks = parks.ToFrozenDictionary(StringComparer.Ordinal);
        }

        Changed?.Invoke(catalog.Catalog);
    }
}
