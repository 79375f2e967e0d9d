namespace ResourceMonitor.Mqtt;

/// <summary>TLS for one session: the system trust store unless a CA file is given; an optional client certificate for mutual TLS.</summary>
/// <param name="CaFile">A PEM file with the CA that signed the broker's certificate; null: the system trust store.</param>
/// <param name="ClientCertificateFile">A PEM client certificate; null: none.</param>
/// <param name="ClientKeyFile">The client certificate's private key (PEM).</param>
public sealed record MqttTlsOptions(string? CaFile = null, string? ClientCertificateFile = null, string? ClientKeyFile = null);
