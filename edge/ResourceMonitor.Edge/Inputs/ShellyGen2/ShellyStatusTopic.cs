namespace ResourceMonitor.Edge.Inputs.ShellyGen2;

/// <summary>
/// Shelly Gen2/Gen3 "generic status update over MQTT": <c>&lt;topic prefix&gt;/status/&lt;component&gt;</c>
/// (<c>switch:0</c>, <c>em:0</c>, <c>em1:1</c>, <c>pm1:0</c>, <c>emdata:0</c>, <c>sys</c>...), the payload being that
/// component's whole status object.
/// </summary>
public static class ShellyStatusTopic
{
    /// <summary>The component a status topic is about; false for other topics (<c>events/rpc</c>, <c>online</c>).</summary>
    public static bool TryGetComponent(string topic, out string component)
    {
        var levels = topic.Split('/');
        component = levels.Length >= 3 && levels[^2] == "status" ? levels[^1] : string.Empty;
        return component.Length > 0;
    }

    /// <summary>
    /// The mapping's field inside <paramref name="component"/>'s status: <c>switch:0.aenergy.total</c> on
    /// <c>.../status/switch:0</c> is <c>aenergy.total</c>; a field without a component (<c>aenergy.total</c>) is read as it
    /// is. False when the field names another component (<c>switch:1.apower</c> on <c>.../status/switch:0</c>).
    /// </summary>
    public static bool TryGetRelativeField(string field, string component, out string relative)
    {
        var dot = field.IndexOf('.', StringComparison.Ordinal);
        var first = dot < 0 ? field : field[..dot];
        if (string.Equals(first, component, StringComparison.Ordinal) && dot > 0)
        {
            relative = field[(dot + 1)..];
            return true;
        }

        relative = field;
        return !first.Contains(':', StringComparison.Ordinal);
    }
}
