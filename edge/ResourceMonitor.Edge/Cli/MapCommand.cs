using System.Globalization;
using System.Text;
using Microsoft.Extensions.Configuration;
using ResourceMonitor.Contracts;
using ResourceMonitor.Edge.Inputs;
using ResourceMonitor.Edge.Normalisation;

namespace ResourceMonitor.Edge.Cli;

/// <summary>
/// <c>ResourceMonitor.Edge map --config &lt;file&gt; (--topic &lt;local topic&gt; [--payload-file F] | --messages &lt;file&gt;) [--now &lt;time&gt;]</c>:
/// maps one payload (from stdin without <c>--payload-file</c>) or a file of messages (<see cref="MessageFile"/>) through one
/// pipeline state with the agent's limits (<c>Edge:Normalisation</c> of the file, else the agent's defaults), so a whole series
/// can be tried without a broker. Readings go to stdout as JSON lines (with <c>line</c> for a file), rejections, duplicates and
/// doubtful readings to stderr.
/// </summary>
public static class MapCommand
{
    /// <summary>The subcommand name.</summary>
    public const string Name = "map";

    private const string Usage = "usage: ResourceMonitor.Edge map --config <file> (--topic <local topic> [--payload-file <file>] | --messages <file>) [--now <ISO 8601 time>]  (payload from stdin without --payload-file)";

    /// <summary>Runs the command; 0 when at least one reading was produced, 1 when none, 2 on a usage or configuration error.</summary>
    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var options = ParseArgs(args);
        var hasTopic = options.TryGetValue("--topic", out var topic);
        var hasMessages = options.TryGetValue("--messages", out var messagesFile);
        DateTimeOffset now = default;
        if (!options.TryGetValue("--config", out var config) || hasTopic == hasMessages
            || (options.TryGetValue("--now", out var nowText) && !DateTimeOffset.TryParse(nowText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out now)))
        {
            await stderr.WriteLineAsync(Usage);
            return 2;
        }

        var configuration = new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(config)).Build();
        var edge = new EdgeOptions();
        configuration.GetSection(EdgeOptions.Section).Bind(edge);
        var limits = new NormalisationOptions();
        configuration.GetSection($"{EdgeOptions.Section}:Normalisation").Bind(limits);
        var compiled = MappingCompiler.Compile(edge.Mappings, new PayloadFormats(), out var errors);
        foreach (var error in errors)
        {
            await stderr.WriteLineAsync($"{config}: {error}");
        }

        if (errors.Count > 0)
        {
            return 2;
        }

        var clock = new ReplayClock(nowText is null ? null : now);
        var session = new MapSession(compiled, edge.ResolveTimeZone(), limits, clock);
        if (hasTopic)
        {
            var payload = options.TryGetValue("--payload-file", out var file)
                ? await File.ReadAllBytesAsync(file)
                : Encoding.UTF8.GetBytes(await stdin.ReadToEndAsync());
            var readings = session.Map(topic!, payload, stderr);
            foreach (var reading in readings)
            {
                await stdout.WriteLineAsync(ReadingJson.Format(reading));
            }

            return readings.Count > 0 ? 0 : 1;
        }

        return await MapFileAsync(messagesFile!, session, clock, stdout, stderr);
    }

    /// <summary>Maps and normalises one payload with a fresh state; rejections and notes are written to <paramref name="errors"/>.</summary>
    public static IReadOnlyList<Reading> MapOnce(IReadOnlyList<CompiledMapping> mappings, TimeZoneInfo zone, string topic, byte[] payload, TimeProvider time, TextWriter errors) =>
        new MapSession(mappings, zone, new NormalisationOptions(), time).Map(topic, payload, errors);

    private static async Task<int> MapFileAsync(string path, MapSession session, ReplayClock clock, TextWriter stdout, TextWriter stderr)
    {
        var messages = MessageFile.Parse(await File.ReadAllLinesAsync(path), out var errors);
        foreach (var error in errors)
        {
            await stderr.WriteLineAsync($"{path}: {error}");
        }

        if (errors.Count > 0)
        {
            return 2;
        }

        var count = 0;
        foreach (var message in messages)
        {
            clock.ReceivedAt(message.ReceivedAt);
            foreach (var reading in session.Map(message.Topic, message.Payload, stderr, $"line {message.Line}: "))
            {
                count++;
                await stdout.WriteLineAsync($"{{\"line\":{message.Line},{ReadingJson.Format(reading)[1..]}");
            }
        }

        return count > 0 ? 0 : 1;
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
