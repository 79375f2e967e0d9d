using ResourceMonitor.Mqtt.Transport;

namespace ResourceMonitor.Mqtt;

/// <summary>
/// One message a <see cref="MqttSession"/> received, with the number of the connection it came on. Its acknowledgement goes
/// out only on that connection: after a reconnect the broker redelivers it, and acknowledging the old copy on the new
/// connection would acknowledge a packet id the broker never sent there.
/// </summary>
public sealed class MqttSessionMessage
{
    private readonly MqttSession _session;
    private readonly Func<CancellationToken, Task> _acknowledge;
    private int _acknowledged;

    internal MqttSessionMessage(MqttSession session, TransportMessage message, int connection)
    {
        _session = session;
        _acknowledge = message.AcknowledgeAsync;
        Topic = message.Topic;
        Payload = message.Payload;
        Retained = message.Retained;
        Connection = connection;
    }

    /// <summary>The topic it arrived on.</summary>
    public string Topic { get; }

    /// <summary>The payload bytes (a copy).</summary>
    public ReadOnlyMemory<byte> Payload { get; }

    /// <summary>Whether it is retained state.</summary>
    public bool Retained { get; }

    /// <summary>The connection it came on (<see cref="MqttSession.Connection"/> at its arrival).</summary>
    public int Connection { get; }

    /// <summary>True while the connection it came on is the session's current one.</summary>
    public bool IsFromCurrentConnection => _session.IsCurrent(Connection);

    /// <summary>
    /// Sends its PUBACK when the connection it came on is still up; false otherwise (the broker redelivers it on the next
    /// connection). Acknowledging twice sends one PUBACK.
    /// </summary>
    public async Task<bool> AcknowledgeAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _acknowledged) == 1)
        {
            return true;
        }

        if (!IsFromCurrentConnection)
        {
            return false;
        }

        try
        {
            await _acknowledge(cancellationToken);
            Volatile.Write(ref _acknowledged, 1);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception)
        {
            // The connection dropped between the check and the send, and MQTTnet reports it in more ways than documented:
            // MqttCommunicationException, ObjectDisposedException, and in 5.2 a NullReferenceException from MqttClient.Send
            // when the broker was killed (it clears its connection before raising DisconnectedAsync). Whatever the form, the
            // message was not acknowledged, the broker redelivers it, and the caller carries on.
            return false;
        }
    }
}
