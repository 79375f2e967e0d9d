namespace ResourceMonitor.Edge.Inputs.Tasmota;

/// <summary>
/// Tasmota telemetry (<c>tele/&lt;device&gt;/SENSOR</c>): a JSON object with <c>Time</c> (local time without an offset,
/// read in the agent's time zone) and an <c>ENERGY</c> object (Total and Today/Yesterday in kWh, Power in W).
/// The field defaults to <c>ENERGY.Total</c>.
/// </summary>
public sealed class TasmotaFormat : IPayloadFormat
{
    /// <summary>The field read when the mapping names none.</summary>
    public const string DefaultField = "ENERGY.Total";

    /// <inheritdoc />
    public string Name => "tasmota";

    /// <inheritdoc />
    public string? Validate(MeterMappingOptions mapping) => null;

    /// <inheritdoc />
    public Extraction Extract(ReadOnlyMemory<byte> payload, MeterMappingOptions mapping, TimeZoneInfo zone) =>
        JsonPayload.Read(payload, root =>
        {
            DateTimeOffset? time = null;
            if (root.TryGetProperty("Time", out var t))
            {
                if (!MeterTime.TryParseIso(t.GetString(), zone, out var parsed))
                {
                    return Extraction.Rejected($"Time '{t}' is not an ISO 8601 time");
                }

                time = parsed;
            }

            return JsonPayload.Number(root, mapping.Field ?? DefaultField, time, absentIsNormal: false);
        });
}
