using System.Text.Json;
using ResourceMonitor.Domain.Catalog.Json;

namespace ResourceMonitor.Domain.Catalog;

/// <summary>Loads a park catalog file (JSON) and validates all of it, reporting every problem with its key.</summary>
public static class ParkCatalogLoader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads and validates <paramref name="path"/>; throws <see cref="CatalogException"/> naming every problem.</summary>
    public static ParkCatalog LoadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new CatalogException(path, [$"the file does not exist (full path {Path.GetFullPath(path)}); set Catalog:Path to a park catalog such as catalog/hiep-phuoc.json"]);
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses and validates catalog JSON; <paramref name="source"/> names it in errors.</summary>
    public static ParkCatalog Parse(string json, string source)
    {
        CatalogDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<CatalogDocument>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new CatalogException(source, [$"{ex.Path ?? "$"}: not valid catalog JSON (line {ex.LineNumber + 1}): {ex.Message}"]);
        }

        if (document is null)
        {
            throw new CatalogException(source, ["$: the file is empty or null; it must be a JSON object with park, plants and meters"]);
        }

        var problems = new CatalogProblems();
        var park = ParkReader.Read(document.Park, problems);
        var plants = PlantReader.Read(document.Plants, problems);
        var meters = MeterReader.Read(document.Meters, plants, problems);
        if (park is not null)
        {
            HolidaysReader.CheckPlants(park, plants, problems);
        }

        var exchangeIds = new HashSet<string>(StringComparer.Ordinal);
        var offers = ExchangeReader.ReadOffers(document.Offers, park, meters, exchangeIds, problems);
        var needs = ExchangeReader.ReadNeeds(document.Needs, park, meters, exchangeIds, problems);
        var routes = RouteReader.Read(document.Routes, plants, offers, needs, problems);
        if (problems.Any || park is null)
        {
            throw new CatalogException(source, problems.All);
        }

        return new ParkCatalog(park, plants, meters, offers, needs, routes);
    }
}
