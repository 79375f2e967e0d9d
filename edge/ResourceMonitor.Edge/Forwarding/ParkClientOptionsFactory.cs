using System.Security.Cryptography.X509Certificates;
using MQTTnet;
using MQTTnet.Protocol;
using ResourceMonitor.Contracts;
using ResourceMonitor.Contracts.Codec;

namespace ResourceMonitor.Edge.Forwarding;

/// <summary>
/// Builds the MQTTnet client options for the park broker: the agent id as client id, a persistent session (MQTTnet 5 defaults
/// to a clean session with expiry 0), the plant's credentials, TLS when configured, and the retained offline status as Last Will.
/// </summary>
public static class ParkClientOptionsFactory
{
    /// <summary>The options for <paramref name="agent"/> connecting with <paramref name="broker"/>.</summary>
    public static MqttClientOptions Create(EdgeOptions agent, ParkBrokerOptions broker, DateTimeOffset now, string version)
    {
        var offline = AgentStatusCodec.Encode(new AgentStatus(AgentState.Offline, now, agent.AgentId, version));
        var builder = new MqttClientOptionsBuilder()
            .WithTcpServer(broker.Host, broker.Port)
            .WithClientId(agent.AgentId)
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500)
            .WithCleanStart(false)
            .WithSessionExpiryInterval((uint)broker.SessionExpiry.TotalSeconds)
            .WithKeepAlivePeriod(broker.KeepAlive)
            .WithTimeout(TimeSpan.FromSeconds(10))
            .WithWillTopic(Topics.Status(agent.Park, agent.Plant))
            .WithWillPayload(offline)
            .WithWillRetain(true)
            .WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce);
        if (broker.Username is not null)
        {
            builder.WithCredentials(broker.Username, broker.Password);
        }

        if (broker.UseTls)
        {
            builder.WithTlsOptions(tls => ConfigureTls(tls, broker));
        }

        return builder.Build();
    }

    private static void ConfigureTls(MqttClientTlsOptionsBuilder tls, ParkBrokerOptions broker)
    {
        tls.UseTls();
        if (broker.CaFile is not null)
        {
            var trust = new X509Certificate2Collection();
            trust.ImportFromPemFile(broker.CaFile);
            tls.WithTrustChain(trust);
        }

        if (broker.ClientCertificateFile is not null)
        {
            var certificate = X509Certificate2.CreateFromPemFile(broker.ClientCertificateFile, broker.ClientKeyFile);
            tls.WithClientCertificates([certificate]);
        }
    }
}
