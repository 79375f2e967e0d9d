using System.Globalization;
using System.Text.Json;

namespace ResourceMonitor.Edge.Inputs;

/// <summary>
/// Which value of a per-phase array a mapping reads (Tasmota on a 3-phase meter publishes <c>"Power":[176.0,232.1,-0.1]</c>):
/// one phase, counted from 1, or the sum of all of them.
/// </summary>
/// <param name="Phase">The phase (1-based), or null for the sum.</param>
public sealed record PhaseSelection(int? Phase)
{
    /// <summary>The largest phase number accepted (meters with more channels than this use a path index instead).</summary>
    public const int MaxPhase = 16;

    /// <summary>The sum of every phase.</summary>
    public static PhaseSelection Sum { get; } = new((int?)null);

    /// <summary>Parses the <c>Phase</c> option: null when unset, else <c>sum</c> or 1..<see cref="MaxPhase"/>; false with the reason when invalid.</summary>
    public static bool TryParse(string? text, out PhaseSelection? selection, out string error)
    {
        selection = null;
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (string.Equals(text.Trim(), "sum", StringComparison.OrdinalIgnoreCase))
        {
            selection = Sum;
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var phase) && phase is >= 1 and <= MaxPhase)
        {
            selection = new PhaseSelection(phase);
            return true;
        }

        error = $"Phase '{text}' is neither a phase number (1 to {MaxPhase}) nor 'sum'";
        return false;
    }

    /// <summary>The selection a mapping configured (validated at start-up), or null when it set none.</summary>
    public static PhaseSelection? Of(MeterMappingOptions mapping) => TryParse(mapping.Phase, out var selection, out _) ? selection : null;

    /// <summary>Reads <paramref name="element"/> (the value at <paramref name="field"/>) as this selection asks.</summary>
    public Extraction Read(JsonElement element, string field, DateTimeOffset? timestamp)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            if (Phase is not null)
            {
                return Extraction.Rejected($"field '{field}' is one value, not one per phase; remove Phase {Phase} or map a per-phase field");
            }

            return JsonFieldPath.TryReadNumber(element, out var single)
                ? Extraction.Found(single, timestamp)
                : Extraction.Rejected($"field '{field}' is {element.ValueKind}, not a finite number");
        }

        var count = element.GetArrayLength();
        if (Phase is { } phase)
        {
            if (phase > count)
            {
                return Extraction.Rejected($"field '{field}' has {count} phases; phase {phase} is not there");
            }

            return JsonFieldPath.TryReadNumber(element[phase - 1], out var one)
                ? Extraction.Found(one, timestamp)
                : Extraction.Rejected($"field '{field}' phase {phase} is {element[phase - 1].ValueKind}, not a finite number");
        }

        var sum = 0.0;
        foreach (var item in element.EnumerateArray())
        {
            if (!JsonFieldPath.TryReadNumber(item, out var value))
            {
                return Extraction.Rejected($"field '{field}' holds {item.ValueKind}, not a finite number, so its phases cannot be summed");
            }

            sum += value;
        }

        return count == 0 ? Extraction.Rejected($"field '{field}' is an empty array") : Extraction.Found(sum, timestamp);
    }
}
