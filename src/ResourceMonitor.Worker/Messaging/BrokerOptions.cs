using System.ComponentModel.DataAnnotations;

namespace ResourceMonitor.Worker.Messaging;

/// <summary>How the worker connects to the park broker (configuration section <c>Broker</c>).</summary>
public sealed class BrokerOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Broker";

    /// <summary>Broker host name or address.</summary>
    [Required]
    public string Host { get; set; } = "localhost";

    /// <summary>Broker port.</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 1883;

    /// <summary>
    /// The client id: stable across restarts, because the broker keeps the persistent session (and the messages that
    /// arrive while the worker is away) under it.
    /// </summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9._-]{1,64}$", ErrorMessage = "Broker:ClientId must be 1-64 characters of A-Z, a-z, 0-9, '.', '_' or '-'.")]
    public string ClientId { get; set; } = "resourcemonitor-worker";

    /// <summary>
    /// User name, when the broker requires one. The subscriber logs in as this user, the publisher as <c>{Username}-pub</c>
    /// and the status watcher as <c>{Username}-status</c>, all with <see cref="Password"/>: the park broker binds each
    /// client id to its user name, so each connection needs its own (the generated ACL has all three, docs/security.md).
    /// </summary>
    public string? Username { get; set; }

    /// <summary>Password, when the broker requires one (from an environment variable or a secret store, never the repository).</summary>
    public string? Password { get; set; }

    /// <summary>Connect with TLS.</summary>
    public bool UseTls { get; set; }

    /// <summary>
    /// How long the broker keeps the session (subscriptions and queued messages) after a disconnect. MQTTnet's default, 0,
    /// throws the session away at once: a restarted worker would miss everything published meanwhile.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "49710.00:00:00", ErrorMessage = "Broker:SessionExpiry must be at least 00:01:00 (use days, e.g. 7.00:00:00).")]
    public TimeSpan SessionExpiry { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How many unacknowledged QoS 1 messages the broker may have in flight to the worker (MQTT 5 Receive Maximum).</summary>
    [Range(1, 65535)]
    public int ReceiveMaximum { get; set; } = 2000;

    /// <summary>Keep-alive period.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan KeepAlive { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The first reconnect delay; it doubles (with jitter) up to <see cref="ReconnectMaxDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan ReconnectMinDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest reconnect delay.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest MQTT packet the worker accepts; larger ones are refused by the broker on its side.</summary>
    [Range(1024, 268_435_455)]
    public int MaximumPacketBytes { get; set; } = 16 * 1024 * 1024;
}
