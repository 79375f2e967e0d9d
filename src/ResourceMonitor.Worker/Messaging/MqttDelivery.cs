using ResourceMonitor.Mqtt;

namespace ResourceMonitor.Worker.Messaging;

/// <summary>An <see cref="IDelivery"/> over the session core: acknowledged only on the connection the message came on.</summary>
internal sealed class MqttDelivery(MqttSessionMessage message) : IDelivery
{
    public Task<bool> AcknowledgeAsync(CancellationToken cancellationToken) => message.AcknowledgeAsync(cancellationToken);
}
