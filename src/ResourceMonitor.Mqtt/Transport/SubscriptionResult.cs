namespace ResourceMonitor.Mqtt.Transport;

/// <summary>The broker's answer to one topic filter of a SUBSCRIBE.</summary>
/// <param name="Filter">The topic filter.</param>
/// <param name="ReasonCode">The SUBACK reason code: below 0x80 granted (the QoS), from 0x80 refused.</param>
/// <param name="Reason">The reason's name, e.g. <c>NotAuthorized</c>.</param>
public sealed record SubscriptionResult(string Filter, int ReasonCode, string Reason)
{
    /// <summary>True when the broker refused the subscription (MQTT 5: reason code 0x80 or higher).</summary>
    public bool Refused => ReasonCode >= 0x80;
}
