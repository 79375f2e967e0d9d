using System.Text;
using ResourceMonitor.IntegrationTests.Api;
using ResourceMonitor.TestServices;
using ResourceMonitor.IntegrationTests.Worker;
using ResourceMonitor.Worker.Api;

namespace ResourceMonitor.IntegrationTests.Catalog;

/// <summary>
/// A catalog folder with the sample park and <c>tests/data/catalogs/small-park.json</c> (both have a plant <c>steel-01</c>),
/// and the keys of the several-parks tests: a park key of each park, and each park's <c>steel-01</c> plant key.
/// </summary>
public sealed class TwoParkWorker : IDisposable
{
    public const string Small = "small-park";

    public static readonly string SmallParkKey = ApiKeyHash.NewKey();
    public static readonly string SampleParkKey = ApiKeyHash.NewKey();
    public static readonly string SmallSteelKey = ApiKeyHash.NewKey();
    public static readonly string SampleSteelKey = ApiKeyHash.NewKey();

    public TwoParkWorker()
    {
        File.Copy(SamplePark.CatalogPath, Path.Combine(Folder.FullName, "hiep-phuoc.json"));
        File.Copy(SmallParkPath, Path.Combine(Folder.FullName, "small-park.json"));
    }

    /// <summary>The catalog folder and, under <c>state/</c>, the audit trail.</summary>
    public DirectoryInfo Folder { get; } = Directory.CreateTempSubdirectory("rm-two-parks-");

    public string AuditPath => Path.Combine(Folder.FullName, "state", "audit.jsonl");

    public static string SmallParkPath { get; } = RepositoryFiles.Path("tests/data/catalogs/small-park.json");

    /// <summary>Worker settings: the folder, small-park first (symbiosis' park), fast detection, the keys.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Catalog:Path"] = Folder.FullName,
        ["Catalog:AuditPath"] = AuditPath,
        ["Ingest:Parks:0"] = Small,
        ["Ingest:Parks:1"] = SamplePark.Id,
        ["Symbiosis:EvaluationInterval"] = "00:00:00.100",
        ["Symbiosis:SmoothingWindow"] = "00:00:00.500",
        ["Symbiosis:OpenAfter"] = "00:00:01",
        ["Symbiosis:CloseAfter"] = "00:00:00.500",
        ["Symbiosis:StaleAfter"] = "00:00:30",
        ["Api:Keys:0:Hash"] = ApiKeyHash.Of(SmallParkKey),
        ["Api:Keys:0:Name"] = "small-park-operator",
        ["Api:Keys:0:Park"] = Small,
        ["Api:Keys:1:Hash"] = ApiKeyHash.Of(SampleParkKey),
        ["Api:Keys:1:Park"] = SamplePark.Id,
        ["Api:Keys:2:Hash"] = ApiKeyHash.Of(SmallSteelKey),
        ["Api:Keys:2:Plant"] = "steel-01",
        ["Api:Keys:2:Park"] = Small,
        ["Api:Keys:3:Hash"] = ApiKeyHash.Of(SampleSteelKey),
        ["Api:Keys:3:Plant"] = "steel-01",
        ["Api:Keys:3:Park"] = SamplePark.Id,
    };

    /// <summary>PUTs one catalog element with <paramref name="key"/>.</summary>
    public static Task<ApiResponse> PutAsync(Uri baseAddress, string park, string section, string json, string key) =>
        ApiResponse.SendAsync(baseAddress, HttpMethod.Put, $"/api/v1/parks/{park}/catalog/{section}", r =>
        {
            r.Headers.Add("X-Api-Key", key);
            r.Content = new StringContent(json, Encoding.UTF8, "application/json");
        });

    public void Dispose() => Folder.Delete(recursive: true);
}
