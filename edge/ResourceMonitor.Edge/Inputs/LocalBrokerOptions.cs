using System.ComponentModel.DataAnnotations;

namespace ResourceMonitor.Edge.Inputs;

/// <summary>The factory's local MQTT broker (section <c>Edge:LocalBroker</c>).</summary>
public sealed class LocalBrokerOptions : BrokerEndpointOptions
{
    /// <summary>Where rejections are published on the local broker, for the plant engineer to see.</summary>
    [Required]
    public string RejectedTopic { get; set; } = "resourcemonitor/rejected";

    /// <summary>How long the local broker keeps the agent's subscriptions and queued QoS 1 messages while it restarts.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "49710.00:00:00")]
    public TimeSpan SessionExpiry { get; set; } = TimeSpan.FromHours(1);
}
