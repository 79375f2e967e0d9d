using System.Globalization;
using Microsoft.Extensions.Configuration;
using ResourceMonitor.Edge;
using ResourceMonitor.Edge.Inputs;

namespace ResourceMonitor.Fuzz.Targets;

/// <summary>
/// One testdata case of an edge input format (<c>Inputs/&lt;Format&gt;/testdata/&lt;case&gt;/</c>, copied beside the fuzz binary
/// under <c>Inputs/</c>): its mappings compiled once, its local topic, its own payload and its receive time.
/// </summary>
public sealed record FormatCase(string Name, IReadOnlyList<CompiledMapping> Mappings, TimeZoneInfo Zone, string Topic, byte[] Payload, DateTimeOffset ReceivedAt)
{
    private static readonly DateTimeOffset DefaultReceivedAt = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The folder holding every format's testdata beside the fuzz binary.</summary>
    public static string InputsFolder => Path.Combine(AppContext.BaseDirectory, "Inputs");

    /// <summary>Every case of format folder <paramref name="format"/> (e.g. <c>Tasmota</c>).</summary>
    public static IReadOnlyList<FormatCase> Of(string format) =>
        Directory.GetDirectories(Path.Combine(InputsFolder, format, "testdata"))
            .Order(StringComparer.Ordinal)
            .Select(Load)
            .ToList();

    private static FormatCase Load(string folder)
    {
        var options = new EdgeOptions();
        new ConfigurationBuilder().AddJsonFile(Path.Combine(folder, "mapping.json")).Build().GetSection(EdgeOptions.Section).Bind(options);
        var mappings = MappingCompiler.Compile(options.Mappings, new PayloadFormats(), out var errors);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{folder}/mapping.json: {string.Join("; ", errors)}");
        }

        var receivedAtFile = Path.Combine(folder, "received-at.txt");
        var receivedAt = File.Exists(receivedAtFile)
            ? DateTimeOffset.Parse(File.ReadAllText(receivedAtFile).Trim(), CultureInfo.InvariantCulture)
            : DefaultReceivedAt;
        return new FormatCase(
            Path.GetFileName(folder),
            mappings,
            options.ResolveTimeZone(),
            File.ReadAllText(Path.Combine(folder, "topic.txt")).Trim(),
            File.ReadAllBytes(Directory.GetFiles(folder, "payload.*").Single()),
            receivedAt);
    }
}
