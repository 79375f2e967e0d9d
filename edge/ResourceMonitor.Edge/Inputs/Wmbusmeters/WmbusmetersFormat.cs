using System.Text.Json;

namespace ResourceMonitor.Edge.Inputs.Wmbusmeters;

/// <summary>
/// wmbusmeters JSON (<c>wmbusmeters/&lt;name&gt;</c>): one flat object per telegram with fields named after their unit
/// (<c>total_m3</c>, <c>target_m3</c>, <c>flow_m3h</c>, <c>total_energy_consumption_kwh</c>, <c>flow_temperature_c</c>...)
/// and <c>timestamp</c> in UTC (ISO 8601, Z).
/// </summary>
public sealed class WmbusmetersFormat : IPayloadFormat
{
    /// <inheritdoc />
    public string Name => "wmbusmeters";

    /// <inheritdoc />
    public string? Validate(MeterMappingOptions mapping) =>
        string.IsNullOrWhiteSpace(mapping.Field) ? "set Field to the wmbusmeters field, e.g. total_m3 or total_energy_consumption_kwh" : null;

    /// <inheritdoc />
    public Extraction Extract(ReadOnlyMemory<byte> payload, MeterMappingOptions mapping, TimeZoneInfo zone) =>
        JsonPayload.Read(payload, root =>
        {
            DateTimeOffset? time = null;
            if (root.TryGetProperty("timestamp", out var t))
            {
                if (t.ValueKind != JsonValueKind.String || !MeterTime.TryParseIso(t.GetString(), TimeZoneInfo.Utc, out var parsed))
                {
                    return Extraction.Rejected($"timestamp '{t}' is not an ISO 8601 time");
                }

                time = parsed;
            }

            return JsonPayload.Number(root, mapping.Field!, time, absentIsNormal: false, PhaseSelection.Of(mapping));
        });
}
