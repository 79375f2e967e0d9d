using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResourceMonitor.Worker.Symbiosis;

/// <summary>Writes enums in kebab-case ("needs-licence"), as the catalog spells them.</summary>
internal sealed class KebabEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.KebabCaseLower)
    where TEnum : struct, Enum;
