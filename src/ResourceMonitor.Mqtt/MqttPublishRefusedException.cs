using ResourceMonitor.Mqtt.Transport;

namespace ResourceMonitor.Mqtt;

/// <summary>The broker answered a QoS 1 publish with a refusal (PUBACK reason 0x80 or higher, e.g. NotAuthorized).</summary>
public sealed class MqttPublishRefusedException(string broker, string topic, PublishResult result)
    : Exception($"the {broker} refused the publish on {topic}: reason 0x{result.ReasonCode:X2} {result.Reason}")
{
    /// <summary>The broker's answer.</summary>
    public PublishResult Result { get; } = result;
}
