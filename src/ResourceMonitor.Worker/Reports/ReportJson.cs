using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResourceMonitor.Worker.Reports;

/// <summary>The JSON rendering: every field of <see cref="AuditReport"/>, camelCase, enums as strings.</summary>
public static class ReportJson
{
    /// <summary>The serializer options of reports (also for reading a report back).</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Renders <paramref name="report"/>.</summary>
    public static string Render(AuditReport report) => JsonSerializer.Serialize(report, Options);
}
