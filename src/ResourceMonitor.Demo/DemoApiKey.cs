namespace ResourceMonitor.Demo;

/// <summary>
/// The demo's admin API key: generated at first start into the data directory (never committed, readable by its owner
/// only), reused afterwards. The worker's configuration gets its hash; the log names the file, never the key.
/// </summary>
internal static class DemoApiKey
{
    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, "park-api-key");

    public static string LoadOrCreate(string dataDirectory) => DemoSecretFile.LoadOrCreate(PathIn(dataDirectory));
}
