namespace ResourceMonitor.TestServices;

/// <summary>Files of this repository (deploy/, grafana/, catalog/...), found by walking up from the test binaries to ResourceMonitor.sln.</summary>
public static class RepositoryFiles
{
    /// <summary>The repository's root directory.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The absolute path of <paramref name="relative"/> (a path from the repository root).</summary>
    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ResourceMonitor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"ResourceMonitor.sln not found above {AppContext.BaseDirectory}.");
    }
}
