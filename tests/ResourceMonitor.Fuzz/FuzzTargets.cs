using ResourceMonitor.Contracts;
using ResourceMonitor.Contracts.Codec;
using ResourceMonitor.Fuzz.Targets;

namespace ResourceMonitor.Fuzz;

/// <summary>Every fuzz target by name. A new decoder reached from outside gets a target here and a corpus folder.</summary>
public static class FuzzTargets
{
    /// <summary>The edge input format folders (<c>edge/ResourceMonitor.Edge/Inputs/&lt;folder&gt;</c>) and their target names.</summary>
    public static readonly IReadOnlyList<(string Name, string Folder)> EdgeFormats =
    [
        ("format-tasmota", "Tasmota"), ("format-shelly-gen1", "ShellyGen1"), ("format-shelly-gen2", "ShellyGen2"),
        ("format-wmbusmeters", "Wmbusmeters"), ("format-zigbee2mqtt", "Zigbee2Mqtt"), ("format-esphome", "EspHome"),
        ("format-json", "GenericJson"), ("format-plain", "PlainNumeric"), ("format-sparkplug-b", "SparkplugB"),
    ];

    /// <summary>The names of every target, in the order a CI run takes them.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["reading-batch", "agent-status", "acknowledgement", "rejection-notice", "json-screen", .. EdgeFormats.Select(f => f.Name), "catalog"];

    /// <summary>The target named <paramref name="name"/>, or null.</summary>
    public static IFuzzTarget? Create(string name) => name switch
    {
        "reading-batch" => new ReadingBatchTarget(),
        "agent-status" => new RoundTripTarget<AgentStatus>("agent-status", AgentStatusCodec.Decode, AgentStatusCodec.Encode),
        "acknowledgement" => new RoundTripTarget<Acknowledgement>("acknowledgement", AcknowledgementCodec.Decode, AcknowledgementCodec.Encode),
        "rejection-notice" => new RejectionNoticeTarget(),
        "json-screen" => new JsonPayloadScreenTarget(),
        "catalog" => new CatalogTarget(),
        _ => EdgeFormats.Where(f => f.Name == name).Select(f => new EdgeFormatTarget(f.Name, f.Folder)).FirstOrDefault(),
    };
}
