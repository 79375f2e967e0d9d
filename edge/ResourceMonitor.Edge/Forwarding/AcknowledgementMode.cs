namespace ResourceMonitor.Edge.Forwarding;

/// <summary>When the agent releases a forwarded reading from its buffer (<c>Edge:ParkBroker:Acknowledgement</c>).</summary>
public enum AcknowledgementMode
{
    /// <summary>
    /// Once the worker acknowledges it on <c>rm/v1/{park}/{plant}/ack</c> (durable in InfluxDB or the worker's spool); unacknowledged
    /// readings are resent after <see cref="ParkBrokerOptions.AcknowledgementTimeout"/> or a reconnect. The default.
    /// </summary>
    EndToEnd,

    /// <summary>
    /// On the park broker's PUBACK, as before the end-to-end acknowledgement: for a park whose worker is older and publishes no
    /// acknowledgements. A broker that crashes before saving what it acknowledged loses those readings.
    /// </summary>
    Broker,
}
