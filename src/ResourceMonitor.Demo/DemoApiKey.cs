using ResourceMonitor.Worker.Api;

namespace ResourceMonitor.Demo;

/// <summary>
/// The demo's admin API key: generated at first start into the data directory (never committed, readable by its owner
/// only), reused afterwards. The worker's configuration gets its hash; the log names the file, never the key.
/// </summary>
internal static class DemoApiKey
{
    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, "park-api-key");

    public static string LoadOrCreate(string dataDirectory)
    {
        var path = PathIn(dataDirectory);
        if (File.Exists(path))
        {
            var existing = File.ReadAllText(path).Trim();
            if (existing.Length >= 32)
            {
                return existing;
            }
        }

        var key = ApiKeyHash.NewKey();
        File.WriteAllText(path, key);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }
}
