using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Worker.Catalog;

/// <summary>Reads the seed catalogs: one file, or every <c>*.json</c> of a folder (one park per file, each park once).</summary>
public static class CatalogFiles
{
    /// <summary>Every catalog under <paramref name="path"/>, in file-name order; throws <see cref="CatalogException"/> naming the file and the fix.</summary>
    public static IReadOnlyList<LiveCatalog> Load(string path)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0)
            {
                throw new CatalogException(path, ["the folder holds no *.json park catalog; put one file per park in it, or set Catalog:Path to a catalog file"]);
            }

            var catalogs = files.Select(LiveCatalog.Load).ToList();
            var twice = catalogs.GroupBy(c => c.Catalog.Park.Id).FirstOrDefault(g => g.Count() > 1);
            if (twice is not null)
            {
                throw new CatalogException(path, [$"park '{twice.Key}' is declared by {string.Join(" and ", twice.Select(c => Path.GetFileName(c.Source)))}; keep one file per park"]);
            }

            return catalogs;
        }

        if (!File.Exists(path))
        {
            throw new CatalogException(path, [$"neither a file nor a folder exists here (full path {Path.GetFullPath(path)}); set Catalog:Path to a park catalog such as catalog/hiep-phuoc.json or a folder of them"]);
        }

        return [LiveCatalog.Load(path)];
    }
}
