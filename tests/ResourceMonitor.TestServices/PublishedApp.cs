using System.Globalization;

namespace ResourceMonitor.TestServices;

/// <summary>
/// The worker and the edge agent as shipped: the output of <c>scripts/publish</c> (which <c>scripts/test</c> runs before the
/// tests), in <c>artifacts/publish/{worker,edge}</c> or under <c>RM_PUBLISH_DIR</c>. A missing build fails the test with the
/// command that makes it; it never falls back to the test's own build output.
/// </summary>
public sealed record PublishedApp(string Name, string Dll)
{
    /// <summary>The published worker (<c>ResourceMonitor.Worker.dll</c>).</summary>
    public static PublishedApp Worker => Find("worker", "ResourceMonitor.Worker.dll");

    /// <summary>The published edge agent (<c>ResourceMonitor.Edge.dll</c>).</summary>
    public static PublishedApp Edge => Find("edge", "ResourceMonitor.Edge.dll");

    /// <summary>When the published assembly was written, to tell a stale publish from a fresh one in a run's summary.</summary>
    public DateTime BuiltUtc => File.GetLastWriteTimeUtc(Dll);

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Dll} (written {BuiltUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC)";

    private static PublishedApp Find(string name, string dll)
    {
        var root = Environment.GetEnvironmentVariable("RM_PUBLISH_DIR") is { Length: > 0 } configured
            ? configured
            : RepositoryFiles.Path(Path.Combine("artifacts", "publish"));
        var path = Path.Combine(root, name, dll);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The published {name} ({path}) is missing: run `scripts/publish` first (scripts/test does), " +
                "or point RM_PUBLISH_DIR at the directory that holds worker/ and edge/.");
        }

        return new PublishedApp(name, path);
    }
}
