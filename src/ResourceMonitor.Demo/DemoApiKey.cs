namespace ResourceMonitor.Demo;

/// <summary>
/// The demo's park API key: generated at first start into the data directory (never committed), reused afterwards,
/// and printed so the person running the demo can call the worker's API with it.
/// </summary>
internal static class DemoApiKey
{
    public static string LoadOrCreate(string dataDirectory) => DemoSecretFile.LoadOrCreate(Path.Combine(dataDirectory, "park-api-key"));
}
