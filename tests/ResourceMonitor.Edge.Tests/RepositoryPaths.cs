namespace ResourceMonitor.Edge.Tests;

/// <summary>Finds the repository's files from the test binaries (the format test data lives beside the format code).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Inputs => Path.Combine(Root, "edge", "ResourceMonitor.Edge", "Inputs");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ResourceMonitor.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ResourceMonitor.sln not found above " + AppContext.BaseDirectory);
    }
}
