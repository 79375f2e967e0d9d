namespace ResourceMonitor.Demo;

/// <summary>
/// The park demo's settings (section <c>Demo</c>, from the command line or environment, e.g. <c>--Demo:HttpPort=5080</c>).
/// Everything has a default so that <c>dotnet run --project src/ResourceMonitor.Demo</c> needs nothing else.
/// </summary>
public sealed class DemoOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Demo";

    /// <summary>The park catalog whose plants are simulated.</summary>
    public string Catalog { get; set; } = "catalog/hiep-phuoc.json";

    /// <summary>Where the edge buffers, the worker's spool and journals and the broker's retained messages live.</summary>
    public string DataDirectory { get; set; } = ".demo";

    /// <summary>The embedded MQTT broker's port on 127.0.0.1; 0 picks a free one.</summary>
    public int BrokerPort { get; set; } = 1883;

    /// <summary>The worker's HTTP API port on 127.0.0.1; 0 picks a free one.</summary>
    public int HttpPort { get; set; } = 5080;

    /// <summary>InfluxDB's URL; when nothing answers there the worker keeps readings in its spool.</summary>
    public string InfluxUrl { get; set; } = "http://127.0.0.1:8086";

    /// <summary>The InfluxDB bucket (1.x: database).</summary>
    public string InfluxBucket { get; set; } = "resourcemonitor";

    /// <summary>The InfluxDB token (1.x without auth: anything).</summary>
    public string InfluxToken { get; set; } = "demo";

    /// <summary>Simulated time between two readings of a meter.</summary>
    public TimeSpan ReadingInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>History generated at start-up so dashboards and baselines have data (0 for none).</summary>
    public TimeSpan Backfill { get; set; } = TimeSpan.Zero;

    /// <summary>Only these plants (comma-separated ids); empty for every plant of the catalog.</summary>
    public string Plants { get; set; } = string.Empty;

    /// <summary>
    /// Several parks at once (comma-separated park ids, or <c>all</c>), taken from the folder of <see cref="Catalog"/> (the
    /// folder itself, or the one its file is in): each park runs as its own stack (<see cref="DemoParks"/>). Empty: the one
    /// park of <see cref="Catalog"/>.
    /// </summary>
    public string Parks { get; set; } = string.Empty;
}
