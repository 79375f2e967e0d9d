namespace ResourceMonitor.Mqtt.Transport;

/// <summary>One received message as the transport hands it over, not yet acknowledged.</summary>
/// <param name="Topic">Its topic.</param>
/// <param name="Payload">Its payload, copied out of the client's buffers.</param>
/// <param name="Retained">Whether the broker sent it as retained state.</param>
/// <param name="AcknowledgeAsync">Sends its PUBACK on the connection it came on (a no-op for QoS 0).</param>
public sealed record TransportMessage(string Topic, ReadOnlyMemory<byte> Payload, bool Retained, Func<CancellationToken, Task> AcknowledgeAsync);
