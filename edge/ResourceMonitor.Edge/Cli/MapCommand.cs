using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ResourceMonitor.Contracts;
using ResourceMonitor.Contracts.Codec;
using ResourceMonitor.Edge.Inputs;
using ResourceMonitor.Edge.Normalisation;

namespace ResourceMonitor.Edge.Cli;

/// <summary>
/// <c>ResourceMonitor.Edge map --config &lt;file&gt; --topic &lt;local topic&gt; [--payload-file F]</c> (payload from stdin
/// without it): prints the normalised readings as JSON lines and rejections on stderr, so a mapping can be tried without a broker.
/// </summary>
public static class MapCommand
{
    /// <summary>The subcommand name.</summary>
    public const string Name = "map";

    /// <summary>Runs the command; 0 when at least one reading was produced, 1 when none, 2 on a usage or configuration error.</summary>
    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var options = ParseArgs(args);
        if (!options.TryGetValue("--config", out var config) || !options.TryGetValue("--topic", out var topic))
        {
            await stderr.WriteLineAsync("usage: ResourceMonitor.Edge map --config <file> --topic <local topic> [--payload-file <file>]  (payload from stdin otherwise)");
            return 2;
        }

        var edge = new EdgeOptions();
        new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(config)).Build().GetSection(EdgeOptions.Section).Bind(edge);
        var compiled = MappingCompiler.Compile(edge.Mappings, new PayloadFormats(), out var errors);
        foreach (var error in errors)
        {
            await stderr.WriteLineAsync($"{config}: {error}");
        }

        if (errors.Count > 0)
        {
            return 2;
        }

        var payload = options.TryGetValue("--payload-file", out var file)
            ? await File.ReadAllBytesAsync(file)
            : Encoding.UTF8.GetBytes(await stdin.ReadToEndAsync());
        var readings = MapOnce(compiled, edge.ResolveTimeZone(), topic, payload, TimeProvider.System, stderr);
        foreach (var reading in readings)
        {
            await stdout.WriteLineAsync(ReadingJson.Format(reading));
        }

        return readings.Count > 0 ? 0 : 1;
    }

    /// <summary>Maps and normalises one payload; rejections are written to <paramref name="errors"/>.</summary>
    public static IReadOnlyList<Reading> MapOnce(IReadOnlyList<CompiledMapping> mappings, TimeZoneInfo zone, string topic, byte[] payload, TimeProvider time, TextWriter errors)
    {
        var mapped = new MessageMapper(mappings, zone, NullLogger.Instance).Map(topic, payload, time.GetUtcNow());
        foreach (var rejection in mapped.Rejections)
        {
            errors.WriteLine($"rejected: {rejection}");
        }

        if (mapped.Unmapped is { } unmapped)
        {
            errors.WriteLine($"unmapped: {unmapped}");
        }

        var normaliser = new Normaliser(Options.Create(new NormalisationOptions { MaxPast = TimeSpan.FromDays(3650) }), time);
        var readings = new List<Reading>();
        foreach (var value in mapped.Values)
        {
            var outcome = normaliser.Normalise(value);
            if (outcome.Reading is not null)
            {
                readings.Add(outcome.Reading);
            }
            else
            {
                errors.WriteLine($"rejected: meter {value.Binding.Meter}: {outcome.Reason}");
            }
        }

        return readings;
    }

    private static Dictionary<string, string> ParseArgs(string[] args)
    {
        var parsed = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            parsed[args[i]] = args[i + 1];
        }

        return parsed;
    }
}
