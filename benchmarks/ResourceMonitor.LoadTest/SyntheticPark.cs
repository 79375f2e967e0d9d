using System.Globalization;
using System.Text.Json.Nodes;
using ResourceMonitor.TestServices;

namespace ResourceMonitor.LoadTest;

/// <summary>
/// A park of <c>plants</c> plants and <c>meters</c> electricity counters, written as a catalog the worker accepts (the park
/// section is the sample park's), so every published reading is admitted.
/// </summary>
public sealed class SyntheticPark
{
    /// <summary>A park of <paramref name="plants"/> plants sharing <paramref name="meters"/> meters round robin.</summary>
    public SyntheticPark(int plants, int meters)
    {
        Plants = Enumerable.Range(1, plants).Select(p => $"plant-{p:D4}").ToArray();
        MetersOf = Plants.Select((_, p) => Enumerable.Range(0, meters).Where(m => m % plants == p).Select(m => $"m-{m:D5}").ToArray()).ToArray();
    }

    /// <summary>The park id.</summary>
    public string Id => "load-park";

    /// <summary>Plant ids.</summary>
    public IReadOnlyList<string> Plants { get; }

    /// <summary>Meter ids per plant (same index as <see cref="Plants"/>).</summary>
    public IReadOnlyList<string[]> MetersOf { get; }

    /// <summary>Writes the catalog to <paramref name="path"/>.</summary>
    public void WriteCatalog(string path)
    {
        var sample = JsonNode.Parse(File.ReadAllText(RepositoryFiles.Path("catalog/hiep-phuoc.json")))!;
        var park = sample["park"]!.DeepClone();
        park["id"] = Id;
        park["name"] = "Load test park";
        var plants = new JsonArray(Plants.Select((id, i) => (JsonNode)new JsonObject
        {
            ["id"] = id,
            ["name"] = $"Load plant {i + 1}",
            ["sector"] = "load test",
            ["lat"] = 10.6 + (i * 0.0001),
            ["lon"] = 106.7,
        }).ToArray());
        var meters = new JsonArray(Plants.SelectMany((plant, p) => MetersOf[p].Select(meter => (JsonNode)new JsonObject
        {
            ["id"] = meter,
            ["plant"] = plant,
            ["resource"] = "electricity",
            ["role"] = "intake",
            ["unit"] = "kWh",
            ["kind"] = "counter",
            ["maxRate"] = 1_000_000,
        })).ToArray());
        var catalog = new JsonObject { ["park"] = park, ["plants"] = plants, ["meters"] = meters, ["offers"] = new JsonArray(), ["needs"] = new JsonArray() };
        File.WriteAllText(path, catalog.ToJsonString());
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Plants.Count} plants, {MetersOf.Sum(m => m.Length)} meters");
}
