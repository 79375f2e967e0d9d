namespace ResourceMonitor.Edge.Inputs.Trust;

/// <summary>
/// Named placeholder sets a mapping can list in <c>Sentinels</c> for a device that uses them, where the value is also a real
/// measurement elsewhere (85 °C is a real hot-water temperature, so it is not built in for every temperature). Sources are
/// cited in docs/edge/inputs.md, "Sentinels and device status".
/// </summary>
public static class SentinelPresets
{
    private static readonly Dictionary<string, Sentinel[]> Presets = new(StringComparer.OrdinalIgnoreCase)
    {
        // Maxim DS18B20 data sheet: the temperature register's power-on reset value is +85 °C; the Arduino DallasTemperature
        // library returns DEVICE_DISCONNECTED_C = -127 for a sensor that does not answer.
        ["ds18b20"] = [Sentinel.Exactly(85, "DS18B20 power-on reset value (85 °C)"), Sentinel.Exactly(-127, "DS18B20 disconnected (-127 °C)")],

        // OpenEnergyMonitor emonTx/emonTH firmware: 300 °C = sensor never detected, 302 = out of range, 304 = detected but now missing.
        ["emontx"] = [Sentinel.Exactly(300, "emonTx: no temperature sensor (300 °C)"), Sentinel.Exactly(302, "emonTx: sensor out of range (302 °C)"), Sentinel.Exactly(304, "emonTx: sensor missing (304 °C)")],

        // Kamstrup MULTICAL 603 technical description: a temperature sensor error reads 0.00 °C (short circuit) or 185.00 °C (disconnected).
        ["kamstrup-temperature"] = [Sentinel.Exactly(0, "Kamstrup: temperature sensor short-circuited (0.00 °C)"), Sentinel.Exactly(185, "Kamstrup: temperature sensor disconnected (185.00 °C)")],
    };

    /// <summary>The preset names.</summary>
    public static IEnumerable<string> Names => Presets.Keys;

    /// <summary>Finds a preset by name (case-insensitive).</summary>
    public static bool TryGet(string name, out IReadOnlyList<Sentinel> sentinels)
    {
        var found = Presets.TryGetValue(name, out var set);
        sentinels = set ?? [];
        return found;
    }
}
