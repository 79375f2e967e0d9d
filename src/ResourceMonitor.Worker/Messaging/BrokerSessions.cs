using Microsoft.Extensions.Options;
using ResourceMonitor.Mqtt;

namespace ResourceMonitor.Worker.Messaging;

/// <summary>
/// The worker's three sessions to the park broker, from <see cref="BrokerOptions"/>: the subscriber (persistent session,
/// manual acknowledgement), the publisher and the agent-status watcher (clean sessions under their own client ids, so a
/// publish never waits on the subscriber's receive loop and retained statuses come fresh on every connect).
/// </summary>
internal sealed class BrokerSessions(IOptions<BrokerOptions> options, TimeProvider time, ILogger<MqttSession> logger)
{
    private const string Name = "park broker";

    /// <summary>
    /// The subscriber: CleanStart=false and a long session expiry, so the broker keeps the subscription and queues messages
    /// while the worker is away; nothing is acknowledged until the pipeline says the message is durable.
    /// </summary>
    public MqttSession Subscriber(IReadOnlyList<string> filters)
    {
        var broker = options.Value;
        return Create(Common(broker, string.Empty) with
        {
            SessionExpiry = broker.SessionExpiry,
            ReceiveMaximum = broker.ReceiveMaximum,
            Subscriptions = filters,
            ManualAcknowledgement = true,
        });
    }

    /// <summary>The publisher's session: its own connection, clean.</summary>
    public MqttSession Publisher() => Create(Common(options.Value, "-pub"));

    /// <summary>The agent-status watcher's session: clean, since statuses are retained state every fresh subscription receives.</summary>
    public MqttSession StatusWatcher(IReadOnlyList<string> filters) =>
        Create(Common(options.Value, "-status") with { Subscriptions = filters });

    private MqttSession Create(MqttSessionOptions session) => new(session, time, logger);

    /// <summary>
    /// Each connection's client id and user name carry the same suffix (none, <c>-pub</c>, <c>-status</c>): brokers that
    /// bind client ids to user names (docs/security.md) give each connection its own session, so the three never take
    /// each other over.
    /// </summary>
    private static MqttSessionOptions Common(BrokerOptions broker, string connectionSuffix) => new()
    {
        Name = Name,
        Section = BrokerOptions.Section,
        Host = broker.Host,
        Port = broker.Port,
        ClientId = broker.ClientId + connectionSuffix,
        Username = string.IsNullOrEmpty(broker.Username) ? broker.Username : broker.Username + connectionSuffix,
        Password = broker.Password,
        Tls = broker.UseTls ? new MqttTlsOptions() : null,
        KeepAlive = broker.KeepAlive,
        MaximumPacketBytes = broker.MaximumPacketBytes,
        ReconnectMinDelay = broker.ReconnectMinDelay,
        ReconnectMaxDelay = broker.ReconnectMaxDelay,
    };
}
