namespace ResourceMonitor.Edge.Inputs;

/// <summary>
/// The start-up rules of payloads that are one bare number (ESPHome states, Shelly Gen1 per-channel topics, plain meters):
/// nothing in such a payload says which device or channel sent it, so the topic alone must name one.
/// </summary>
public static class SingleValueTopic
{
    /// <summary>Why <paramref name="mapping"/> cannot read bare numbers, or null when it can.</summary>
    public static string? Validate(MeterMappingOptions mapping)
    {
        if (mapping.Topic.Contains('+', StringComparison.Ordinal) || mapping.Topic.Contains('#', StringComparison.Ordinal))
        {
            return $"Topic '{mapping.Topic}' has a wildcard, but a bare-number payload does not say which device or channel sent it, "
                + "so every matching topic would feed this one meter (channel 0 and channel 1 mixed into one series); "
                + "write one mapping per topic, e.g. shellies/<id>/emeter/0/power and shellies/<id>/emeter/1/power";
        }

        if (mapping.Phase is not null || mapping.Match is { Count: > 0 })
        {
            return "Phase and Match read JSON payloads; a bare-number payload has neither phases nor fields: remove them";
        }

        return null;
    }
}
