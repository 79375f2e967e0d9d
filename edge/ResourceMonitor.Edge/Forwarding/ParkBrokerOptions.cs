using System.ComponentModel.DataAnnotations;

namespace ResourceMonitor.Edge.Forwarding;

/// <summary>The park broker connection (section <c>Edge:ParkBroker</c>): each plant's agent has its own credentials.</summary>
public sealed class ParkBrokerOptions : BrokerEndpointOptions
{
    /// <summary>Connect over TLS.</summary>
    public bool UseTls { get; set; }

    /// <summary>TLS: a PEM file with the CA that signed the broker's certificate (else the system trust store).</summary>
    public string? CaFile { get; set; }

    /// <summary>TLS: an optional client certificate (PEM) for mutual TLS.</summary>
    public string? ClientCertificateFile { get; set; }

    /// <summary>TLS: the client certificate's private key (PEM).</summary>
    public string? ClientKeyFile { get; set; }

    /// <summary>How long the broker keeps the agent's session while it is away.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "49710.00:00:00")]
    public TimeSpan SessionExpiry { get; set; } = TimeSpan.FromDays(1);

    /// <summary>MQTT keep-alive.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan KeepAlive { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Readings per v1 batch.</summary>
    [Range(1, 5000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>First reconnect delay; doubles up to <see cref="MaxReconnectDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan MinReconnectDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest reconnect delay.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>When a forwarded reading leaves the buffer: on the worker's end-to-end acknowledgement (default) or on the broker's PUBACK.</summary>
    public AcknowledgementMode Acknowledgement { get; set; } = AcknowledgementMode.EndToEnd;

    /// <summary>End to end: resend from the last acknowledged reading when no acknowledgement advanced for this long while readings are unacknowledged.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan AcknowledgementTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>End to end: the most readings sent but not yet acknowledged; sending pauses at this window until acknowledgements arrive.</summary>
    [Range(1, 10_000_000)]
    public int MaxUnacknowledged { get; set; } = 20_000;
}
