using System.ComponentModel.DataAnnotations;
using ResourceMonitor.Contracts;

namespace ResourceMonitor.Edge.Inputs;

/// <summary>One mapping from a local topic to a meter: which format to read, which field, in what unit.</summary>
public sealed class MeterMappingOptions
{
    /// <summary>The local MQTT topic filter (wildcards + and # allowed), e.g. <c>tele/dye-pump-1/SENSOR</c>.</summary>
    [Required]
    public string Topic { get; set; } = string.Empty;

    /// <summary>The payload format: tasmota, shelly-gen1, shelly-gen2, wmbusmeters, zigbee2mqtt, esphome, json, plain, sparkplug-b.</summary>
    [Required]
    public string Format { get; set; } = string.Empty;

    /// <summary>The meter id in the park catalog.</summary>
    [Required]
    [RegularExpression("^[a-z0-9-]{1,64}$")]
    public string Meter { get; set; } = string.Empty;

    /// <summary>The unit the device reports in (Wh, kWh, L, m3, degF...); converted to the canonical unit.</summary>
    [Required]
    public string Unit { get; set; } = string.Empty;

    /// <summary>Counter (cumulative register) or gauge (instantaneous value).</summary>
    public ReadingKind Kind { get; set; } = ReadingKind.Gauge;

    /// <summary>A multiplier applied before the unit conversion (e.g. 0.01 for a register in hundredths).</summary>
    public double Scale { get; set; } = 1;

    /// <summary>The path of the value in a JSON payload (e.g. <c>ENERGY.Total</c>, <c>switch:0.aenergy.total</c>); formats with a default may omit it. Sparkplug B: the metric name.</summary>
    public string? Field { get; set; }

    /// <summary>Generic JSON only: the path of the meter's timestamp, if it sends one.</summary>
    public string? TimestampField { get; set; }

    /// <summary>Generic JSON only: iso8601 (default), unix-s, unix-ms, or a .NET date format for a local time in the agent's time zone.</summary>
    public string? TimestampFormat { get; set; }

    /// <summary>Counters: the raw register value (as the device counts, before Scale and unit conversion) at which it wraps to zero, when known.</summary>
    public double? RegisterMax { get; set; }

    /// <summary>Counters: the highest plausible consumption per hour, in the canonical unit.</summary>
    public double? MaxRatePerHour { get; set; }

    /// <summary>Counters: the largest drop (canonical unit) treated as a restart glitch.</summary>
    public double? GlitchTolerance { get; set; }

    /// <summary>
    /// JSON formats: which element of a per-phase array to read (<c>1</c>, <c>2</c>, <c>3</c>...) or <c>sum</c> for their
    /// sum (Tasmota's 3-phase <c>ENERGY.Power: [176.0, 232.1, -0.1]</c>). Tasmota sums when unset; other formats refuse arrays.
    /// </summary>
    public string? Phase { get; set; }

    /// <summary>
    /// JSON payloads on a shared topic: the payload fields (path → value) a message must carry for this mapping to take it,
    /// e.g. <c>{ "model": "SCMplus", "id": "69474676" }</c> for one rtl_433 transmitter on <c>rtl_433/+/events</c>.
    /// </summary>
    public Dictionary<string, string>? Match { get; set; }

    /// <summary>
    /// Values the device sends instead of a measurement, as it sends them (before Scale): numbers (<c>-32768</c>), inclusive
    /// ranges (<c>300..304</c>, <c>..-100</c>) or presets (<c>ds18b20</c>, <c>emontx</c>, <c>kamstrup-temperature</c>), on top of the
    /// format's built-in ones. Such a value is a gap, rejected as <c>sentinel</c>.
    /// </summary>
    public List<string> Sentinels { get; set; } = [];

    /// <summary>JSON formats: the path of the device's status or error field; replaces the format's built-in status fields.</summary>
    public string? StatusField { get; set; }

    /// <summary>The <see cref="StatusField"/> values that mean the device is fine; any other makes the value <c>suspect</c>.</summary>
    public List<string> GoodStatus { get; set; } = [];

    /// <summary>Unit <c>A</c> only: the supply voltage (phase to neutral for one phase, line to line for three).</summary>
    public double? Voltage { get; set; }

    /// <summary>Unit <c>A</c> only: the supply's phase count, 1 or 3 (not <see cref="Phase"/>, which picks an array element).</summary>
    public int? PhaseCount { get; set; }

    /// <summary>Unit <c>A</c> only: the assumed power factor (0 to 1].</summary>
    public double? PowerFactor { get; set; }
}
