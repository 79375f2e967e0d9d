namespace ResourceMonitor.Fuzz;

/// <summary>Runs files through a target once each, outside AFL: a crash reproduced, a corpus checked.</summary>
public static class CorpusReplay
{
    /// <summary>The corpus folder of <paramref name="target"/> beside the binary (<c>corpus/&lt;target&gt;</c>).</summary>
    public static string CorpusOf(string target) => Path.Combine(AppContext.BaseDirectory, "corpus", target);

    /// <summary>The files of <paramref name="path"/> (itself when it is a file), in name order.</summary>
    public static IReadOnlyList<string> Files(string path) =>
        File.Exists(path) ? [path] : Directory.GetFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    /// <summary>Runs every file of <paramref name="path"/>; 0 when every one passed, 1 at the first that threw (named on <paramref name="output"/>).</summary>
    public static int Run(IFuzzTarget target, string path, TextWriter output)
    {
        var files = Files(path);
        foreach (var file in files)
        {
            try
            {
                target.Run(File.ReadAllBytes(file));
            }
#pragma warning disable CA1031 // any exception is the finding to report
            catch (Exception ex)
#pragma warning restore CA1031
            {
                output.WriteLine($"{target.Name}: {file}: {ex}");
                return 1;
            }
        }

        output.WriteLine($"{target.Name}: {files.Count} inputs, no finding");
        return 0;
    }
}
