namespace ResourceMonitor.Worker.ParkPage;

/// <summary>The page's files (HTML, CSS, JavaScript), embedded in the worker's assembly: nothing to build or deploy beside it.</summary>
internal static class ParkPageAssets
{
    /// <summary>The file names and their content types.</summary>
    public static IReadOnlyDictionary<string, string> ContentTypes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["park.html"] = "text/html; charset=utf-8",
        ["park.css"] = "text/css; charset=utf-8",
        ["park.js"] = "text/javascript; charset=utf-8",
    };

    /// <summary>The content of one embedded file.</summary>
    public static byte[] Read(string name)
    {
        using var stream = typeof(ParkPageAssets).Assembly.GetManifestResourceStream($"ResourceMonitor.Worker.ParkPage.Assets.{name}")
            ?? throw new InvalidOperationException($"The park page's {name} is not embedded in the worker; check the EmbeddedResource item of ResourceMonitor.Worker.csproj.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
