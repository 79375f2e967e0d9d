using System.Text;

namespace ResourceMonitor.IntegrationTests.Infrastructure;

/// <summary>
/// Error and Critical log entries a test declared expected (by a fragment of the entry: category, event id or message);
/// any other entry at those levels fails the test, as MQTTnet's test environment does. In-process workers feed it their
/// <c>FakeLogCollector</c>'s records; processes feed it their console output (<see cref="FromConsoleOutput"/>).
/// </summary>
public sealed class ExpectedErrors
{
    private readonly List<string> _fragments = [];
    private readonly Lock _gate = new();

    /// <summary>Declares entries containing <paramref name="fragment"/> expected.</summary>
    public ExpectedErrors Expect(string fragment)
    {
        lock (_gate)
        {
            _fragments.Add(fragment);
        }

        return this;
    }

    /// <summary>
    /// The Error/Critical entries of the console formatter's output: the <c>fail:</c>/<c>crit:</c> line and its message lines,
    /// and the runtime's <c>Unhandled exception.</c> report with its stack.
    /// </summary>
    public static IReadOnlyList<string> FromConsoleOutput(string output)
    {
        var entries = new List<string>();
        StringBuilder? entry = null;
        foreach (var line in output.Split('\n'))
        {
            var text = line.TrimEnd('\r');
            if (text.StartsWith("fail: ", StringComparison.Ordinal) || text.StartsWith("crit: ", StringComparison.Ordinal) || text.StartsWith("Unhandled exception.", StringComparison.Ordinal))
            {
                Flush();
                entry = new StringBuilder(text);
            }
            else if (entry is not null && (text.StartsWith("      ", StringComparison.Ordinal) || text.StartsWith("   at ", StringComparison.Ordinal)))
            {
                entry.Append(' ').Append(text.Trim());
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return entries;

        void Flush()
        {
            if (entry is not null)
            {
                entries.Add(entry.ToString());
                entry = null;
            }
        }
    }

    /// <summary>The entries of <paramref name="entries"/> no declared fragment covers.</summary>
    public IReadOnlyList<string> Unexpected(IEnumerable<string> entries)
    {
        string[] fragments;
        lock (_gate)
        {
            fragments = [.. _fragments];
        }

        return entries.Where(e => !fragments.Any(f => e.Contains(f, StringComparison.Ordinal))).ToList();
    }

    /// <summary>Fails (throws) when <paramref name="entries"/> hold an entry no declared fragment covers.</summary>
    public void AssertNoneUnexpected(string source, IEnumerable<string> entries)
    {
        var unexpected = Unexpected(entries);
        Assert.True(unexpected.Count == 0, $"{source} logged {unexpected.Count} unexpected error(s):\n{string.Join("\n", unexpected.Take(20))}");
    }
}
