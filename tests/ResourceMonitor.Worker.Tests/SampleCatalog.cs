namespace ResourceMonitor.Worker.Tests;

/// <summary>The repository's sample park catalog (<c>catalog/hiep-phuoc.json</c>), found from the test binaries upwards.</summary>
internal static class SampleCatalog
{
    public static string Path()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "catalog", "hiep-phuoc.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("catalog/hiep-phuoc.json");
    }
}
