namespace ResourceMonitor.Edge.Inputs.Trust;

/// <summary>
/// The status fields a format's devices report, applied to every mapping of the format unless it sets its own
/// <c>StatusField</c>. Sources in docs/edge/inputs.md, "Sentinels and device status".
/// </summary>
public static class BuiltInStatusRules
{
    // wmbusmeters prints "OK" when the meter reports no error, else the meter's flags ("LEAK", "BURST", "DRY", "TAMPER",
    // "ERROR ..."), in `status` (drivers since 1.x) or `current_status` (older drivers such as multical21).
    private static readonly string[] WmbusGood = ["OK", ""];

    /// <summary>The built-in rules of <paramref name="format"/> for a mapping reading <paramref name="field"/>.</summary>
    public static IReadOnlyList<StatusRule> For(string format, string? field) => format.ToLowerInvariant() switch
    {
        "wmbusmeters" => [new StatusRule("status", WmbusGood), new StatusRule("current_status", WmbusGood)],

        // Shelly Gen2/Gen3 components carry an `errors` array when something is wrong (overtemp, overpower, overvoltage,
        // power_meter_failure...); the field is a path inside params, so the component is its first step.
        "shelly-gen2" when Component(field) is { } component => [new StatusRule($"params.{component}.errors", [])],
        _ => [],
    };

    private static string? Component(string? field) =>
        string.IsNullOrWhiteSpace(field) ? null : field.Split('.', 2)[0];
}
