using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.IntegrationTests.Infrastructure;

namespace ResourceMonitor.IntegrationTests.Deployment;

/// <summary>The sample park as docker-compose deploys it (deploy/compose.env.example).</summary>
public static class SamplePark
{
    /// <summary>The park id.</summary>
    public static string Id => ComposeExampleValue("RM_PARK");

    /// <summary>The plant ids compose creates broker users and edge agents for.</summary>
    public static IReadOnlyList<string> ComposePlants =>
        ComposeExampleValue("RM_PLANTS").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The sample park catalog that compose deploys (catalog/&lt;park&gt;.json).</summary>
    public static ParkCatalog Catalog() => ParkCatalogLoader.LoadFile(RepositoryFiles.Path($"catalog/{Id}.json"));

    /// <summary>The example environment file, as KEY=value pairs.</summary>
    public static IReadOnlyDictionary<string, string> ComposeExampleEnvironment()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(RepositoryFiles.Path("deploy/compose.env.example")))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            var equals = trimmed.IndexOf('=', StringComparison.Ordinal);
            values[trimmed[..equals]] = trimmed[(equals + 1)..];
        }

        return values;
    }

    private static string ComposeExampleValue(string key) =>
        ComposeExampleEnvironment().TryGetValue(key, out var value)
            ? value
            : throw new InvalidOperationException($"deploy/compose.env.example has no {key}.");
}
