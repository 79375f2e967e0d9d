namespace ResourceMonitor.Worker.Tests;

/// <summary>The repository's catalogs, found from the test binaries upwards.</summary>
internal static class SampleCatalog
{
    /// <summary>The sample park, <c>catalog/hiep-phuoc.json</c>.</summary>
    public static string Path() => Find("catalog", "hiep-phuoc.json");

    /// <summary>The second, small park of the several-parks tests, <c>tests/data/catalogs/small-park.json</c>.</summary>
    public static string SmallPark() => Find("tests", "data", "catalogs", "small-park.json");

    private static string Find(params string[] parts)
    {
        var relative = System.IO.Path.Combine(parts);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(relative);
    }
}
