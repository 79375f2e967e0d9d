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
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The connection dropped between the check and the send, and MQTTnet reports it in more ways than documented:
            // MqttCommunicationException, ObjectDisposedException, and in 5.2 a NullReferenceException from MqttClient.Send
            // when the broker was killed (it clears its connection before raising DisconnectedAsync). Whatever the form, the
            // message was not acknowledged, the broker redelivers it, and the acknowledgement stage must carry on.
            return false;
        }
    }
}
