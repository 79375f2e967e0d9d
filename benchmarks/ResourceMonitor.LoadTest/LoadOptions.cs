using System.Globalization;

namespace ResourceMonitor.LoadTest;

/// <summary>What one load run does (command-line options, docs/performance.md).</summary>
public sealed record LoadOptions
{
    /// <summary>Readings per measurement (<c>--readings</c>).</summary>
    public int Readings { get; init; } = 400_000;

    /// <summary>Plain single-value messages the edge agent forwards per repetition (<c>--edge-readings</c>; 0 skips the edge).</summary>
    public int EdgeReadings { get; init; } = 100_000;

    /// <summary>Meters in the synthetic park (<c>--meters</c>), spread evenly over the plants.</summary>
    public int Meters { get; init; } = 800;

    /// <summary>Plants in the synthetic park (<c>--plants</c>); one publisher topic and agent each.</summary>
    public int Plants { get; init; } = 8;

    /// <summary>MQTT publisher connections (<c>--publishers</c>).</summary>
    public int Publishers { get; init; } = 4;

    /// <summary>Readings per MQTT message to the worker (<c>--batch</c>).</summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>Readings per MQTT message in the Mosquitto-alone ceiling (<c>--broker-batch</c>).</summary>
    public int BrokerBatchSize { get; init; } = 50;

    /// <summary>Lines per request in the InfluxDB-alone ceiling (<c>--influx-lines</c>).</summary>
    public int InfluxLinesPerRequest { get; init; } = 5_000;

    /// <summary>Interleaved repetitions; the table shows medians (<c>--repetitions</c>).</summary>
    public int Repetitions { get; init; } = 3;

    /// <summary>
    /// Publish rate of the latency measurement as a share of the same repetition's end-to-end throughput
    /// (<c>--latency-share</c>, default 0.5: "at half the maximum rate").
    /// </summary>
    public double LatencyShare { get; init; } = 0.5;

    /// <summary>How long the latency measurement publishes (<c>--latency-seconds</c>).</summary>
    public TimeSpan LatencyDuration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one measurement may take before the run fails (<c>--timeout-seconds</c>).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Extra worker settings, <c>--worker-setting Key=Value</c> (repeatable), e.g. <c>Storage:BatchSize=10000</c>.</summary>
    public IReadOnlyDictionary<string, string> WorkerSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>The CI smoke run (<c>--smoke</c>): a few thousand readings, one repetition, under a minute.</summary>
    public static LoadOptions Smoke { get; } = new()
    {
        Readings = 4_000,
        EdgeReadings = 1_000,
        Meters = 40,
        Plants = 4,
        Publishers = 2,
        BatchSize = 100,
        Repetitions = 1,
        LatencyDuration = TimeSpan.FromSeconds(2),
        Timeout = TimeSpan.FromMinutes(1),
    };

    /// <summary>Parses the command line; an unknown option or a bad value throws with the option's name.</summary>
    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = args.Contains("--smoke") ? Smoke : new LoadOptions();
        var settings = new Dictionary<string, string>(options.WorkerSettings);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--smoke")
            {
                continue;
            }

            var value = i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--readings" => options with { Readings = Positive(name, value) },
                "--edge-readings" => options with { EdgeReadings = int.Parse(value, CultureInfo.InvariantCulture) },
                "--meters" => options with { Meters = Positive(name, value) },
                "--plants" => options with { Plants = Positive(name, value) },
                "--publishers" => options with { Publishers = Positive(name, value) },
                "--batch" => options with { BatchSize = Positive(name, value) },
                "--broker-batch" => options with { BrokerBatchSize = Positive(name, value) },
                "--influx-lines" => options with { InfluxLinesPerRequest = Positive(name, value) },
                "--repetitions" => options with { Repetitions = Positive(name, value) },
                "--latency-share" => options with { LatencyShare = double.Parse(value, CultureInfo.InvariantCulture) },
                "--latency-seconds" => options with { LatencyDuration = TimeSpan.FromSeconds(Positive(name, value)) },
                "--timeout-seconds" => options with { Timeout = TimeSpan.FromSeconds(Positive(name, value)) },
                "--worker-setting" => AddSetting(options, settings, value),
                _ => throw new ArgumentException($"Unknown option {name}. See docs/performance.md."),
            };
        }

        if (options.Meters < options.Plants)
        {
            throw new ArgumentException("--meters must be at least --plants (every plant has meters).");
        }

        return options;
    }

    private static LoadOptions AddSetting(LoadOptions options, Dictionary<string, string> settings, string value)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new ArgumentException($"--worker-setting wants Key=Value, got '{value}'.");
        }

        settings[value[..equals]] = value[(equals + 1)..];
        return options with { WorkerSettings = new Dictionary<string, string>(settings) };
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{name} wants a positive whole number, got '{value}'.");
}
