using System.ComponentModel.DataAnnotations;

namespace ResourceMonitor.Demo.Broker;

/// <summary>Settings of the demo's embedded MQTT broker (section <c>Demo:Broker</c>).</summary>
public sealed class EmbeddedBrokerOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Demo:Broker";

    /// <summary>TCP port on loopback; 0 picks a free one (tests).</summary>
    [Range(0, 65535)]
    public int Port { get; set; } = 1883;

    /// <summary>
    /// Messages queued per client session before the broker drops any. MQTTnet's default (1 000 in 5.2) silently drops
    /// the oldest for a slow or restarting worker; this default holds well over an hour of the sample park's traffic.
    /// </summary>
    [Range(1000, int.MaxValue)]
    public int MaxPendingMessagesPerClient { get; set; } = 1_000_000;
}
