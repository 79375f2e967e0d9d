namespace ResourceMonitor.Mqtt.Transport;

/// <summary>The broker's answer to a QoS 1 PUBLISH.</summary>
/// <param name="ReasonCode">The PUBACK reason code: 0x00 success, 0x10 no matching subscribers (also accepted), from 0x80 refused.</param>
/// <param name="Reason">The reason's name and the broker's reason string, if any.</param>
public sealed record PublishResult(int ReasonCode, string Reason)
{
    /// <summary>True when the broker took the message.</summary>
    public bool Accepted => ReasonCode < 0x80;
}
