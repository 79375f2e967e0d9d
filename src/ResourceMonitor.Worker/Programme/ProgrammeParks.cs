using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Worker.Programme;

/// <summary>The parks of the programme: the worker's own catalog and those of <see cref="ProgrammeOptions.CatalogFiles"/>, by id.</summary>
public sealed class ProgrammeParks(IReadOnlyList<ParkCatalog> parks)
{
    /// <summary>Every park, in configuration order.</summary>
    public IReadOnlyList<ParkCatalog> All { get; } = parks;

    /// <summary>The park <paramref name="id"/>, or null.</summary>
    public ParkCatalog? Find(string id) => All.FirstOrDefault(p => string.Equals(p.Park.Id, id, StringComparison.Ordinal));

    /// <summary>Loads the extra catalogs (a broken one fails start-up naming the file, key and fix) after <paramref name="own"/>.</summary>
    public static ProgrammeParks Load(ParkCatalog own, IEnumerable<string> files, string contentRoot)
    {
        var parks = new List<ParkCatalog> { own };
        foreach (var file in files)
        {
            var path = Path.IsPathRooted(file) ? file : Path.Combine(contentRoot, file);
            var catalog = ParkCatalogLoader.LoadFile(File.Exists(path) ? path : Path.GetFullPath(file));
            if (parks.Any(p => p.Park.Id == catalog.Park.Id))
            {
                throw new CatalogException(file, [$"Programme:CatalogFiles: park '{catalog.Park.Id}' is listed twice (or is the worker's own Catalog:Path); list each park once"]);
            }

            parks.Add(catalog);
        }

        return new ProgrammeParks(parks);
    }
}
