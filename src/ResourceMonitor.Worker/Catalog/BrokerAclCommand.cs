using ResourceMonitor.Domain.Access;
using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Worker.Catalog;

/// <summary>
/// The command line <c>broker-acl --catalog FILE|FOLDER [--park PARK] [--out FILE]</c>: writes one park's Mosquitto ACL
/// generated from its catalog (<see cref="BrokerAccessPolicy"/>), to stdout without <c>--out</c>; <c>--park</c> chooses the
/// park of a folder of catalogs (required when it holds several). deploy/mosquitto/acl is its output for the sample park;
/// a test keeps them equal.
/// </summary>
public static class BrokerAclCommand
{
    private const string Usage = "usage: broker-acl --catalog FILE|FOLDER [--park PARK] [--out FILE]";

    /// <summary>Whether <paramref name="args"/> ask for the ACL rather than the service.</summary>
    public static bool Matches(string[] args) => args.Length > 0 && args[0] == "broker-acl";

    /// <summary>Runs the command; returns the process exit code (0 done, 2 bad arguments or catalog).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var catalogPath = ValueOf(args, "--catalog");
        if (catalogPath is null)
        {
            await errors.WriteLineAsync($"--catalog is required. {Usage}");
            return 2;
        }

        ParkCatalog catalog;
        try
        {
            catalog = Choose(CatalogFiles.Load(catalogPath), ValueOf(args, "--park"));
        }
        catch (CatalogException ex)
        {
            await errors.WriteLineAsync(ex.Message);
            return 2;
        }

        var acl = MosquittoAclFile.Render(BrokerAccessPolicy.For(catalog));
        if (ValueOf(args, "--out") is { } path)
        {
            await File.WriteAllTextAsync(path, acl);
            await output.WriteLineAsync($"Broker ACL for park {catalog.Park.Id} written to {path}");
        }
        else
        {
            await output.WriteAsync(acl);
        }

        return 0;
    }

    private static ParkCatalog Choose(IReadOnlyList<LiveCatalog> catalogs, string? park)
    {
        var parks = string.Join(", ", catalogs.Select(c => c.Catalog.Park.Id));
        if (park is null)
        {
            return catalogs.Count == 1
                ? catalogs[0].Catalog
                : throw new CatalogException($"the folder holds several parks ({parks}); choose one with --park. {Usage}");
        }

        return catalogs.FirstOrDefault(c => c.Catalog.Park.Id == park)?.Catalog
            ?? throw new CatalogException($"--park '{park}' is not among the catalogs' parks ({parks}). {Usage}");
    }

    private static string? ValueOf(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
