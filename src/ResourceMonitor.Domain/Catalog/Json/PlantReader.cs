using ResourceMonitor.Contracts;

namespace ResourceMonitor.Domain.Catalog.Json;

internal static class PlantReader
{
    public static List<Plant> Read(List<PlantDocument>? docs, CatalogProblems problems)
    {
        var plants = new List<Plant>();
        if (docs is null || docs.Count == 0)
        {
            problems.Add("$.plants", "no plants are declared; add at least one {\"id\", \"name\", \"sector\", \"lat\", \"lon\"}");
            return plants;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < docs.Count; i++)
        {
            var doc = docs[i];
            var path = $"$.plants[{i}]";
            var id = problems.Required(doc.Id, $"{path}.id", "plant id");
            if (id is null)
            {
                continue;
            }

            if (!ResourceIds.IsValid(id))
            {
                problems.Add($"{path}.id", $"'{id}' is not a valid id; use 1-64 characters of a-z, 0-9 and '-'");
            }
            else if (!seen.Add(id))
            {
                problems.Add($"{path}.id", $"plant '{id}' is declared twice; give each plant its own id");
            }

            var name = problems.Required(doc.Name, $"{path}.name", "plant name") ?? id;
            var sector = problems.Required(doc.Sector, $"{path}.sector", "sector") ?? string.Empty;
            var lat = problems.Number(doc.Lat, $"{path}.lat", "latitude", -90, 90);
            var lon = problems.Number(doc.Lon, $"{path}.lon", "longitude", -180, 180);
            plants.Add(new Plant(id, name, sector, new GeoLocation(lat, lon)));
        }

        return plants;
    }
}
