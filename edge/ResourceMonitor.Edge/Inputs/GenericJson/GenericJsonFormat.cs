using System.Text.Json;

namespace ResourceMonitor.Edge.Inputs.GenericJson;

/// <summary>
/// Any JSON object: <c>Field</c> selects the value by path (<c>data.meters[0].kwh</c>); <c>TimestampField</c> optionally
/// selects the meter time, read as <c>TimestampFormat</c>: iso8601 (default; no offset = the agent's zone), unix-s, unix-ms,
/// or a .NET format string for a local time.
/// </summary>
public sealed class GenericJsonFormat : IPayloadFormat
{
    private static readonly string[] NamedFormats = ["iso8601", "unix-s", "unix-ms"];

    /// <inheritdoc />
    public string Name => "json";

    /// <inheritdoc />
    public string? Validate(MeterMappingOptions mapping)
    {
        if (string.IsNullOrWhiteSpace(mapping.Field))
        {
            return "set Field to the path of the value, e.g. data.energy_kwh";
        }

        return mapping.TimestampFormat is not null && mapping.TimestampField is null
            ? $"TimestampFormat '{mapping.TimestampFormat}' needs TimestampField"
            : null;
    }

    /// <inheritdoc />
    public Extraction Extract(ReadOnlyMemory<byte> payload, MeterMappingOptions mapping, TimeZoneInfo zone) =>
        JsonPayload.Read(payload, root =>
        {
            DateTimeOffset? time = null;
            if (mapping.TimestampField is { } tsField)
            {
                if (!JsonFieldPath.TrySelect(root, tsField, out var tsElement) || !TryReadTime(tsElement, mapping.TimestampFormat, zone, out var parsed))
                {
                    return Extraction.Rejected($"timestamp field '{tsField}' is missing or not {mapping.TimestampFormat ?? "iso8601"}");
                }

                time = parsed;
            }

            return JsonPayload.Number(root, mapping.Field!, time, absentIsNormal: false, PhaseSelection.Of(mapping));
        });

    private static bool TryReadTime(JsonElement element, string? format, TimeZoneInfo zone, out DateTimeOffset time)
    {
        time = default;
        var name = format ?? NamedFormats[0];
        if (name == "unix-s" || name == "unix-ms")
        {
            return JsonFieldPath.TryReadNumber(element, out var n) && MeterTime.TryFromUnix(n, name == "unix-ms", out time);
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        return name == "iso8601"
            ? MeterTime.TryParseIso(element.GetString(), zone, out time)
            : MeterTime.TryParseExact(element.GetString(), name, zone, out time);
    }
}
