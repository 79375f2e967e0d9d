namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>The repository's sample park (catalog/hiep-phuoc.json), which the worker tests publish to.</summary>
public static class SamplePark
{
    /// <summary>The park id.</summary>
    public const string Id = "hiep-phuoc";

    /// <summary>The plant most tests publish for.</summary>
    public const string Dyeing = "dyeing-01";

    /// <summary>Its electricity counter (kWh, at most 3000 kW).</summary>
    public const string GridPower = "grid-power";

    /// <summary>The catalog file, found from the test's directory upwards.</summary>
    public static string CatalogPath { get; } = Find(Path.Combine("catalog", "hiep-phuoc.json"));

    private static string Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }
}
