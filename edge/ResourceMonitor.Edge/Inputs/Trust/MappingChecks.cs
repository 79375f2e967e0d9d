using System.Text.Json;

namespace ResourceMonitor.Edge.Inputs.Trust;

/// <summary>What a mapping checks a found value against: placeholders (a gap, rejected as <c>sentinel</c>) and the device's status (quality <c>suspect</c>).</summary>
/// <param name="Sentinels">Built-in and configured placeholders.</param>
/// <param name="Status">Status fields and their good values (the mapping's own, else the format's built-in ones).</param>
public sealed record MappingChecks(SentinelSet Sentinels, IReadOnlyList<StatusRule> Status)
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    /// <summary>Why the device's status makes this payload's values doubtful, or null.</summary>
    public string? JudgeStatus(ReadOnlyMemory<byte> payload)
    {
        if (Status.Count == 0 || payload.Length > JsonPayload.MaxBytes)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(payload, Options);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? Status.Select(rule => rule.Judge(document.RootElement)).FirstOrDefault(r => r is not null)
                : null;
        }
        catch (JsonException)
        {
            // Not JSON (a numeric payload): no status to read. A JSON format already rejected it with the parse error.
            return null;
        }
    }

    /// <summary>Compiles the checks of <paramref name="mapping"/>; <paramref name="error"/> names the key and the fix.</summary>
    public static MappingChecks Compile(MeterMappingOptions mapping, out string? error)
    {
        var sentinels = SentinelSet.Compile(mapping.Format, mapping.Sentinels, out error);
        if (error is not null)
        {
            return new MappingChecks(sentinels, []);
        }

        if (string.IsNullOrWhiteSpace(mapping.StatusField))
        {
            return new MappingChecks(sentinels, BuiltInStatusRules.For(mapping.Format, mapping.Field));
        }

        if (mapping.GoodStatus.Count == 0)
        {
            error = $"StatusField '{mapping.StatusField}' needs GoodStatus, the values that mean the device is fine (e.g. [\"OK\"]; an empty error array is always fine)";
        }

        return new MappingChecks(sentinels, [new StatusRule(mapping.StatusField, mapping.GoodStatus)]);
    }
}
