namespace ResourceMonitor.Edge.Inputs.Trust;

/// <summary>
/// Placeholders a format's devices send that are never a measurement, applied to every mapping of the format (a mapping adds
/// its own with <c>Sentinels</c>). Only values no meter of the format can really report are here; sources in
/// docs/edge/inputs.md, "Sentinels and device status". Text placeholders (<c>nan</c>, <c>unavailable</c>) are recognised by
/// the payload readers for every format.
/// </summary>
public static class BuiltInSentinels
{
    private static readonly Sentinel[] ZigbeeInvalid =
    [
        // Zigbee Cluster Library, data types: the "invalid" (non-value) of a signed 16-bit attribute is 0x8000, of an unsigned
        // one 0xFFFF. Zigbee2MQTT passes them on as numbers (ZLinky active_power -32768, rms_current_max 65535), or scaled
        // (a temperature cluster's 0x8000 / 100 = -327.68).
        Sentinel.Exactly(-32768, "Zigbee int16 invalid value (0x8000)"),
        Sentinel.Exactly(-327.68, "Zigbee int16 invalid value (0x8000) scaled by 1/100"),
        Sentinel.Exactly(65535, "Zigbee uint16 invalid value (0xFFFF)"),
    ];

    /// <summary>The built-in placeholders of <paramref name="format"/> (empty when it has none).</summary>
    public static IReadOnlyList<Sentinel> For(string format) => format.ToLowerInvariant() switch
    {
        "zigbee2mqtt" => ZigbeeInvalid,
        _ => [],
    };
}
