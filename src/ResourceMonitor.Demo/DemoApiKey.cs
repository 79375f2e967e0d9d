using System.Security.Cryptography;

namespace ResourceMonitor.Demo;

/// <summary>
/// The demo's park API key: generated at first start into the data directory (never committed), reused afterwards,
/// and printed so the person running the demo can call the worker's API with it.
/// </summary>
internal static class DemoApiKey
{
    public static string LoadOrCreate(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "park-api-key");
        if (File.Exists(path))
        {
            var existing = File.ReadAllText(path).Trim();
            if (existing.Length >= 32)
            {
                return existing;
            }
        }

        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        File.WriteAllText(path, key);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }
}
