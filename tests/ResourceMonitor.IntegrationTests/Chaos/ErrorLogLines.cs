namespace ResourceMonitor.IntegrationTests.Chaos;

/// <summary>
/// Error- and Critical-level entries in a process's console log (Microsoft.Extensions.Logging's simple console format,
/// <c>fail: Category[id]</c> / <c>crit: ...</c> followed by indented message lines), plus unhandled-exception reports.
/// One static entry point so a shared helper can replace it.
/// </summary>
public static class ErrorLogLines
{
    private static readonly string[] Markers = ["fail: ", "crit: ", "Unhandled exception."];

    /// <summary>Each error entry of <paramref name="output"/> (header and message, at most 600 characters).</summary>
    public static IReadOnlyList<string> In(string output)
    {
        var lines = output.Split('\n');
        var entries = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!Markers.Any(m => lines[i].StartsWith(m, StringComparison.Ordinal)))
            {
                continue;
            }

            var entry = lines[i].TrimEnd();
            for (var j = i + 1; j < lines.Length && lines[j].StartsWith("      ", StringComparison.Ordinal) && entry.Length < 600; j++)
            {
                entry += " | " + lines[j].Trim();
            }

            entries.Add(entry.Length > 600 ? entry[..600] : entry);
        }

        return entries;
    }

    /// <summary><paramref name="entries"/> without one occurrence of each of <paramref name="expected"/> (entries the harness knows the cause of).</summary>
    public static IReadOnlyList<string> Except(IEnumerable<string> entries, IEnumerable<string> expected)
    {
        var left = entries.ToList();
        foreach (var entry in expected)
        {
            left.Remove(entry);
        }

        return left;
    }
}
