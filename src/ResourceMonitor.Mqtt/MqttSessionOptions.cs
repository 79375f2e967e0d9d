using MQTTnet.Protocol;

namespace ResourceMonitor.Mqtt;

/// <summary>
/// One MQTT 5 session as its host configured it (the worker's <c>Broker</c> section, the edge's <c>Edge:ParkBroker</c> and
/// <c>Edge:LocalBroker</c>), checked once by <see cref="Validate"/> when the session is made.
/// </summary>
public sealed record MqttSessionOptions
{
    /// <summary>What the broker is to this host, for logs and readiness: <c>park broker</c>, <c>local broker</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The host's configuration section, named in validation errors (e.g. <c>Edge:ParkBroker</c>).</summary>
    public required string Section { get; init; }

    /// <summary>Broker host name or address.</summary>
    public required string Host { get; init; }

    /// <summary>Broker port.</summary>
    public int Port { get; init; } = 1883;

    /// <summary>The client id; with a persistent session the broker keeps the session under it, so it must be stable.</summary>
    public required string ClientId { get; init; }

    /// <summary>User name, when the broker requires one.</summary>
    public string? Username { get; init; }

    /// <summary>Password, when the broker requires one.</summary>
    public string? Password { get; init; }

    /// <summary>TLS, when set.</summary>
    public MqttTlsOptions? Tls { get; init; }

    /// <summary>Keep-alive period: how soon a silent broker is noticed.</summary>
    public TimeSpan KeepAlive { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// A persistent session: the broker keeps the subscriptions and queues QoS 1 messages for this long after a disconnect
    /// (CleanStart=false). Null: a clean session each time (for retained state and for publishing only). MQTTnet's defaults,
    /// a clean session with expiry 0, keep nothing for a restarted client: this is the place that owns that default.
    /// </summary>
    public TimeSpan? SessionExpiry { get; init; }

    /// <summary>Unacknowledged QoS 1 messages the broker may have in flight to this client (MQTT 5 Receive Maximum); null: the broker's.</summary>
    public int? ReceiveMaximum { get; init; }

    /// <summary>The largest packet this client accepts; null: MQTTnet's.</summary>
    public int? MaximumPacketBytes { get; init; }

    /// <summary>The topic filters subscribed (QoS 1) on every connection; a refusal (SUBACK reason ≥ 0x80) faults the session.</summary>
    public IReadOnlyList<string> Subscriptions { get; init; } = [];

    /// <summary>
    /// True: a received message is acknowledged only when the handler calls <see cref="MqttSessionMessage.AcknowledgeAsync"/>
    /// (once what it carries is durable). False: it is acknowledged when the handler returns.
    /// </summary>
    public bool ManualAcknowledgement { get; init; }

    /// <summary>The first reconnect delay; it doubles (with jitter) up to <see cref="ReconnectMaxDelay"/>.</summary>
    public TimeSpan ReconnectMinDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest reconnect delay.</summary>
    public TimeSpan ReconnectMaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a connect, subscribe or publish may take before it counts as failed.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The Last Will, built at each connect (its payload may carry the time); null: none.</summary>
    public Func<DateTimeOffset, MqttWill>? Will { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the key and the fix when a value cannot work.</summary>
    public void Validate()
    {
        Require(!string.IsNullOrWhiteSpace(Host), "Host", "set the broker's host name or address");
        Require(Port is >= 1 and <= 65535, "Port", $"{Port} is not a TCP port (1-65535)");
        Require(!string.IsNullOrWhiteSpace(ClientId) && ClientId.Length <= 64, "ClientId", "set a stable client id of 1-64 characters");
        Require(KeepAlive >= TimeSpan.FromSeconds(1) && KeepAlive.TotalSeconds <= ushort.MaxValue, "KeepAlive", $"{KeepAlive} must be between 00:00:01 and 18:12:15");
        Require(SessionExpiry is null || (SessionExpiry >= TimeSpan.Zero && SessionExpiry.Value.TotalSeconds <= uint.MaxValue), "SessionExpiry",
            $"{SessionExpiry} must be between 00:00:00 and 49710.06:28:15 (MQTT 5 counts it in 32-bit seconds)");
        Require(ReceiveMaximum is null or (>= 1 and <= ushort.MaxValue), "ReceiveMaximum", $"{ReceiveMaximum} must be 1-65535");
        Require(MaximumPacketBytes is null or > 0, "MaximumPacketBytes", $"{MaximumPacketBytes} must be positive");
        Require(ReconnectMinDelay > TimeSpan.Zero, "ReconnectMinDelay", $"{ReconnectMinDelay} must be positive");
        Require(ReconnectMaxDelay >= ReconnectMinDelay, "ReconnectMaxDelay", $"{ReconnectMaxDelay} must not be shorter than the minimum reconnect delay {ReconnectMinDelay}");
        Require(Timeout > TimeSpan.Zero, "Timeout", $"{Timeout} must be positive");
        Require(Subscriptions.All(s => !string.IsNullOrWhiteSpace(s)), "Subscriptions", "an empty topic filter cannot be subscribed");
    }

    private void Require(bool condition, string key, string fix)
    {
        if (!condition)
        {
            throw new ArgumentException($"{Section}: {key}: {fix} (MQTT session to the {Name}).", key);
        }
    }

    /// <summary>QoS 1 for every subscription: the session is for data that must not be lost.</summary>
    internal static MqttQualityOfServiceLevel SubscriptionQos => MqttQualityOfServiceLevel.AtLeastOnce;
}
