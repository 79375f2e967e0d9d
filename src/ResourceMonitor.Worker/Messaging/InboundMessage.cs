namespace ResourceMonitor.Worker.Messaging;

/// <summary>
/// One QoS 1 message taken from the park broker and not yet acknowledged. Its payload is copied out of MQTTnet's buffers.
/// </summary>
/// <param name="Topic">The topic it arrived on.</param>
/// <param name="Payload">The payload bytes.</param>
/// <param name="Delivery">Acknowledges it to the broker, once its readings are durable.</param>
public sealed record InboundMessage(string Topic, ReadOnlyMemory<byte> Payload, IDelivery Delivery);
