namespace ResourceMonitor.Mqtt;

/// <summary>A Last Will: what the broker publishes (QoS 1) when the client goes away without a clean disconnect.</summary>
/// <param name="Topic">The topic.</param>
/// <param name="Payload">The payload.</param>
/// <param name="Retain">Whether it is retained (a status topic's "offline").</param>
public sealed record MqttWill(string Topic, byte[] Payload, bool Retain);
