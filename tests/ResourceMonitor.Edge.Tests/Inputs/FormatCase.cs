using Microsoft.Extensions.Configuration;
using ResourceMonitor.Edge.Inputs;

namespace ResourceMonitor.Edge.Tests.Inputs;

/// <summary>One <c>Inputs/&lt;Format&gt;/testdata/&lt;case&gt;/</c> folder.</summary>
public sealed record FormatCase(string Format, string Name, string Directory)
{
    public static readonly DateTimeOffset ReceivedAt = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The receive time: <see cref="ReceivedAt"/>, or the case's <c>received-at.txt</c> (a real capture's own date, so its meter time is neither future nor stale).</summary>
    public DateTimeOffset ReceiveTime
    {
        get
        {
            var path = Path.Combine(Directory, "received-at.txt");
            return File.Exists(path) ? DateTimeOffset.Parse(File.ReadAllText(path).Trim(), System.Globalization.CultureInfo.InvariantCulture) : ReceivedAt;
        }
    }

    public string Topic => File.ReadAllText(Path.Combine(Directory, "topic.txt")).Trim();

    public byte[] Payload => File.ReadAllBytes(System.IO.Directory.GetFiles(Directory, "payload.*").Single());

    public IReadOnlyList<string> ExpectedLines => File.ReadAllLines(Path.Combine(Directory, "expected.jsonl")).Where(l => l.Length > 0).ToList();

    public IReadOnlyList<string> ExpectedRejections
    {
        get
        {
            var path = Path.Combine(Directory, "expected-rejections.txt");
            return File.Exists(path) ? File.ReadAllLines(path).Where(l => l.Length > 0).ToList() : [];
        }
    }

    public EdgeOptions LoadOptions()
    {
        var options = new EdgeOptions();
        new ConfigurationBuilder().AddJsonFile(Path.Combine(Directory, "mapping.json")).Build().GetSection(EdgeOptions.Section).Bind(options);
        return options;
    }

    public override string ToString() => $"{Format}/{Name}";

    public static IEnumerable<FormatCase> All() =>
        System.IO.Directory.GetDirectories(RepositoryPaths.Inputs)
            .Where(d => System.IO.Directory.Exists(Path.Combine(d, "testdata")))
            .SelectMany(d => System.IO.Directory.GetDirectories(Path.Combine(d, "testdata"))
                .Select(c => new FormatCase(Path.GetFileName(d), Path.GetFileName(c), c)))
            .OrderBy(c => c.ToString(), StringComparer.Ordinal);
}
