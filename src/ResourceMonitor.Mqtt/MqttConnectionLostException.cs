namespace ResourceMonitor.Mqtt;

/// <summary>
/// The session has no connection, or it broke while sending. Whatever form the client gave the failure (MQTTnet 5.2 may
/// throw <see cref="NullReferenceException"/> from <c>MqttClient.Send</c> after a broker is killed), nothing was confirmed:
/// a QoS 1 publish may be repeated on the next connection.
/// </summary>
public sealed class MqttConnectionLostException : Exception
{
    /// <summary>The connection is not there.</summary>
    public MqttConnectionLostException(string message) : base(message)
    {
    }

    /// <summary>The connection broke under <paramref name="inner"/>.</summary>
    public MqttConnectionLostException(string message, Exception inner) : base(message, inner)
    {
    }
}
