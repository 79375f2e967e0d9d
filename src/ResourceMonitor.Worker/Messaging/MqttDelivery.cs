using MQTTnet;

namespace ResourceMonitor.Worker.Messaging;

/// <summary>An <see cref="IDelivery"/> over MQTTnet 5's manual acknowledgement, guarded by the connection it came on.</summary>
internal sealed class MqttDelivery(MqttApplicationMessageReceivedEventArgs args, ConnectionGeneration generation, int receivedOn) : IDelivery
{
    public async Task<bool> AcknowledgeAsync(CancellationToken cancellationToken)
    {
        if (!generation.IsCurrent(receivedOn))
        {
            return false;
        }

        try
        {
            await args.AcknowledgeAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is MQTTnet.Exceptions.MqttCommunicationException or InvalidOperationException or ObjectDisposedException)
        {
            // The connection dropped between the check and the send: the broker redelivers the message.
            return false;
        }
    }
}
