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
}
