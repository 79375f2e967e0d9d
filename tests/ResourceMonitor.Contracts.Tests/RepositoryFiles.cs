namespace ResourceMonitor.Contracts.Tests;

/// <summary>Files of this repository, found by walking up from the test binaries to ResourceMonitor.sln.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

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
