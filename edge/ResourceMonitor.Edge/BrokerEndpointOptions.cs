using System.ComponentModel.DataAnnotations;

namespace ResourceMonitor.Edge;

/// <summary>Where an MQTT broker is and how to log in: shared by the local (meters) and the park broker settings.</summary>
public abstract class BrokerEndpointOptions
{
    /// <summary>Host name or address.</summary>
    [Required]
    public string Host { get; set; } = "localhost";

    /// <summary>TCP port (8883 is usual with TLS).</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 1883;

    /// <summary>User name, if the broker requires one (the park broker: the plant's own).</summary>
    public string? Username { get; set; }

    /// <summary>Password (from an environment variable or a secret store, never the repository).</summary>
    public string? Password { get; set; }
}
