using System.Security.Cryptography.X509Certificates;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace ResourceMonitor.Mqtt;

/// <summary>
/// MQTTnet's client options from <see cref="MqttSessionOptions"/>: MQTT 5, and the settings whose library defaults lose data
/// set explicitly (CleanStart=false with a session expiry for a persistent session).
/// </summary>
internal static class MqttClientOptionsFactory
{
    /// <summary>The options of one connect at <paramref name="now"/> (a Last Will may carry the time).</summary>
    public static MqttClientOptions Create(MqttSessionOptions session, DateTimeOffset now)
    {
        var builder = new MqttClientOptionsBuilder()
            .WithTcpServer(session.Host, session.Port)
            .WithClientId(session.ClientId)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithKeepAlivePeriod(session.KeepAlive)
            .WithTimeout(session.Timeout);
        builder = session.SessionExpiry is { } expiry
            ? builder.WithCleanStart(false).WithSessionExpiryInterval((uint)expiry.TotalSeconds)
            : builder.WithCleanStart(true);
        if (session.ReceiveMaximum is { } receiveMaximum)
        {
            builder = builder.WithReceiveMaximum((ushort)receiveMaximum);
        }

        if (session.MaximumPacketBytes is { } maximumPacket)
        {
            builder = builder.WithMaximumPacketSize((uint)maximumPacket);
        }

        if (!string.IsNullOrEmpty(session.Username))
        {
            builder = builder.WithCredentials(session.Username, session.Password);
        }

        if (session.Tls is { } tls)
        {
            builder = builder.WithTlsOptions(t => ConfigureTls(t, tls));
        }

        if (session.Will?.Invoke(now) is { } will)
        {
            builder = builder
                .WithWillTopic(will.Topic)
                .WithWillPayload(will.Payload)
                .WithWillRetain(will.Retain)
                .WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce);
        }

        return builder.Build();
    }

    private static void ConfigureTls(MqttClientTlsOptionsBuilder builder, MqttTlsOptions tls)
    {
        builder.UseTls();
        if (tls.CaFile is not null)
        {
            var trust = new X509Certificate2Collection();
            trust.ImportFromPemFile(tls.CaFile);
            builder.WithTrustChain(trust);
        }

        if (tls.ClientCertificateFile is not null)
        {
            builder.WithClientCertificates([X509Certificate2.CreateFromPemFile(tls.ClientCertificateFile, tls.ClientKeyFile)]);
        }
    }
}
