using System.ComponentModel.DataAnnotations;
using ResourceMonitor.Edge.Inputs;

namespace ResourceMonitor.Edge;

/// <summary>The agent's identity and inputs (section <c>Edge</c>).</summary>
public sealed class EdgeOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Edge";

    /// <summary>The agent id carried in batches and status (e.g. edge-dyeing-01).</summary>
    [Required]
    [RegularExpression("^[a-z0-9-]{1,64}$")]
    public string AgentId { get; set; } = string.Empty;

    /// <summary>The park id (topic level).</summary>
    [Required]
    [RegularExpression("^[a-z0-9-]{1,64}$")]
    public string Park { get; set; } = string.Empty;

    /// <summary>The plant id (topic level); the agent publishes only under this plant.</summary>
    [Required]
    [RegularExpression("^[a-z0-9-]{1,64}$")]
    public string Plant { get; set; } = string.Empty;

    /// <summary>IANA time zone of meters that send local times without an offset (Tasmota).</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Where readings come from: the factory's local broker or the simulator.</summary>
    public EdgeInput Input { get; set; } = EdgeInput.LocalBroker;

    /// <summary>An optional JSON file holding <c>Edge:Mappings</c>, added to the configuration at start-up.</summary>
    public string? MappingsFile { get; set; }

    /// <summary>Local topic → meter mappings.</summary>
    public List<MeterMappingOptions> Mappings { get; set; } = [];

    /// <summary>
    /// Rejected payloads and values are logged per reason code per this interval (the first of a code at once, then one line
    /// with the count); every rejection is still counted in <c>edge.messages.rejected</c> and published on the local rejected topic.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RejectionLogInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The zone, resolved.</summary>
    public TimeZoneInfo ResolveTimeZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
