using ResourceMonitor.Mqtt.Transport;

namespace ResourceMonitor.Mqtt;

/// <summary>
/// The broker refused a subscription (SUBACK reason 0x80 or higher, e.g. 0x87 NotAuthorized from an ACL). A session that
/// cannot read what it must is broken configuration, not a network fault: it faults the stage running the session, so the
/// supervisor logs it as an error, readiness names it, and it is never retried silently.
/// </summary>
public sealed class MqttSubscriptionRefusedException(string broker, string clientId, IReadOnlyList<SubscriptionResult> refused)
    : Exception($"the {broker} refused the subscription of {clientId} to {string.Join(", ", refused.Select(r => $"{r.Filter} (reason 0x{r.ReasonCode:X2} {r.Reason})"))}: its ACL must let {clientId} read it")
{
    /// <summary>The refused filters with their reasons.</summary>
    public IReadOnlyList<SubscriptionResult> Refused { get; } = refused;
}
