using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Worker.Catalog;

namespace ResourceMonitor.Demo;

/// <summary>
/// <c>--Demo:Parks</c>: the settings of one <see cref="ParkDemo"/> per park. Each park runs as its own stack (embedded
/// broker, worker, edge agents) in its own data directory (<c>{DataDirectory}/{park}</c>) and on its own ports (the
/// configured ones plus the park's position: 1883, 1884, …; 5080, 5081, …), the way a deployment partitions by park
/// (docs/design.md §9): a park's broker users, keys, detection state and API are its own. All write to one InfluxDB.
/// </summary>
public static class DemoParks
{
    /// <summary>The settings per park; <paramref name="options"/> alone when <see cref="DemoOptions.Parks"/> is empty. Throws <see cref="CatalogException"/> naming the key and the fix.</summary>
    public static IReadOnlyList<DemoOptions> Plan(DemoOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Parks))
        {
            return [options];
        }

        var folder = Folder(options.Catalog);
        var catalogs = CatalogFiles.Load(folder);
        var available = catalogs.Select(c => c.Catalog.Park.Id).ToList();
        var wanted = options.Parks.Trim() == "all"
            ? available
            : options.Parks.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        var unknown = wanted.Except(available).ToList();
        if (unknown.Count > 0)
        {
            throw new CatalogException($"Demo:Parks names {string.Join(", ", unknown.Select(p => $"'{p}'"))}, which no catalog in {folder} declares; choose among {string.Join(", ", available)} (or all)");
        }

        return wanted.Select((park, i) => new DemoOptions
        {
            Catalog = catalogs.Single(c => c.Catalog.Park.Id == park).Source,
            DataDirectory = Path.Combine(options.DataDirectory, park),
            BrokerPort = Offset(options.BrokerPort, i),
            HttpPort = Offset(options.HttpPort, i),
            InfluxUrl = options.InfluxUrl,
            InfluxBucket = options.InfluxBucket,
            InfluxToken = options.InfluxToken,
            ReadingInterval = options.ReadingInterval,
            Backfill = options.Backfill,
            Plants = options.Plants,
        }).ToList();
    }

    // Demo:Catalog names a folder, or a file whose folder holds the other parks; looked up like the one-park catalog.
    private static string Folder(string catalog)
    {
        foreach (var candidate in new[] { Path.GetFullPath(catalog), Path.Combine(AppContext.BaseDirectory, catalog) })
        {
            if (Directory.Exists(candidate))
            {
                return candidate;
            }

            if (File.Exists(candidate))
            {
                return Path.GetDirectoryName(candidate)!;
            }
        }

        return Path.GetFullPath(catalog);
    }

    private static int Offset(int port, int index) => port == 0 ? 0 : port + index;
}
