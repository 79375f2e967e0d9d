using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Formatter;

namespace ResourceMonitor.Worker.Messaging;

/// <summary>Builds MQTTnet client options from <see cref="BrokerOptions"/>, owning the settings whose library defaults lose data.</summary>
internal sealed class MqttClientOptionsFactory(IOptions<BrokerOptions> options)
{
    /// <summary>
    /// The subscriber's options: MQTT 5, CleanStart=false and a long session expiry, so the broker keeps the
    /// subscription and queues messages while the worker is away (MQTTnet's defaults are a clean session that expires at once).
    /// </summary>
    public MqttClientOptions Subscriber()
    {
        var broker = options.Value;
        return Common(broker, string.Empty)
            .WithCleanStart(false)
            .WithSessionExpiryInterval((uint)Math.Min(uint.MaxValue, broker.SessionExpiry.TotalSeconds))
            .WithReceiveMaximum((ushort)broker.ReceiveMaximum)
            .Build();
    }

    /// <summary>The publisher's options: a separate connection, so publishing never waits on the subscriber's receive loop.</summary>
    public MqttClientOptions Publisher()
    {
        var broker = options.Value;
        return Common(broker, "-pub").WithCleanStart(true).Build();
    }

    /// <summary>
    /// The agent-status watcher's options: a clean session of its own. Status messages are retained state, so a fresh
    /// subscription receives every agent's latest status; nothing needs to be queued for it while the worker is away.
    /// </summary>
    public MqttClientOptions StatusWatcher()
    {
        var broker = options.Value;
        return Common(broker, "-status").WithCleanStart(true).Build();
    }

    /// <summary>
    /// Each connection's client id and user name carry the same suffix (none, <c>-pub</c>, <c>-status</c>): brokers that
    /// bind client ids to user names (docs/security.md) give each connection its own session, so the three never take
    /// each other over.
    /// </summary>
    private static MqttClientOptionsBuilder Common(BrokerOptions broker, string connectionSuffix)
    {
        var builder = new MqttClientOptionsBuilder()
            .WithTcpServer(broker.Host, broker.Port)
            .WithClientId(broker.ClientId + connectionSuffix)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithKeepAlivePeriod(broker.KeepAlive)
            .WithMaximumPacketSize((uint)broker.MaximumPacketBytes)
            .WithTimeout(TimeSpan.FromSeconds(10));
        if (!string.IsNullOrEmpty(broker.Username))
        {
            builder = builder.WithCredentials(broker.Username + connectionSuffix, broker.Password);
        }

        if (broker.UseTls)
        {
            builder = builder.WithTlsOptions(tls => tls.UseTls());
        }

        return builder;
    }
}
