using System.Text.Json;

namespace ResourceMonitor.Edge.Inputs.Tasmota;

/// <summary>
/// Tasmota telemetry: <c>tele/&lt;device&gt;/SENSOR</c>, a JSON object with <c>Time</c> (local time without an offset, read in
/// the agent's time zone) and the sensors (<c>ENERGY</c>: Total and Today/Yesterday in kWh, Power in W; an SML reader's own
/// name such as <c>SML</c>). The answer to <c>Status 10</c> (<c>stat/&lt;device&gt;/STATUS10</c>, older firmware
/// <c>STATUS8</c>) wraps the same object in <c>StatusSNS</c>: it is unwrapped, keeping its <c>Time</c>. On a 3-phase meter
/// the values are arrays, one per phase: the mapping's <c>Phase</c> picks one, and they are summed when it sets none.
/// The field defaults to <c>ENERGY.Total</c>.
/// </summary>
public sealed class TasmotaFormat : IPayloadFormat
{
    /// <summary>The field read when the mapping names none.</summary>
    public const string DefaultField = "ENERGY.Total";

    private const string StatusWrapper = "StatusSNS";

    /// <inheritdoc />
    public string Name => "tasmota";

    /// <inheritdoc />
    public string? Validate(MeterMappingOptions mapping) => null;

    /// <inheritdoc />
    public Extraction Extract(ReadOnlyMemory<byte> payload, MeterMappingOptions mapping, TimeZoneInfo zone) =>
        JsonPayload.Read(payload, root =>
        {
            var sensors = root.TryGetProperty(StatusWrapper, out var wrapped) && wrapped.ValueKind == JsonValueKind.Object ? wrapped : root;
            DateTimeOffset? time = null;
            if (sensors.TryGetProperty("Time", out var t))
            {
                if (t.ValueKind != JsonValueKind.String || !MeterTime.TryParseIso(t.GetString(), zone, out var parsed))
                {
                    return Extraction.Rejected($"Time '{t}' is not an ISO 8601 time");
                }

                time = parsed;
            }

            var field = mapping.Field ?? DefaultField;
            if (field.StartsWith(StatusWrapper + ".", StringComparison.Ordinal))
            {
                field = field[(StatusWrapper.Length + 1)..];
            }

            return JsonPayload.Number(sensors, field, time, absentIsNormal: false, PhaseSelection.Of(mapping) ?? PhaseSelection.Sum);
        });
}
