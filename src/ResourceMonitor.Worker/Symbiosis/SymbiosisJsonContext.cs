using System.Text.Json.Serialization;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Exchanges;
using ResourceMonitor.Domain.Symbiosis;

namespace ResourceMonitor.Worker.Symbiosis;

/// <summary>Source-generated JSON for everything symbiosis publishes, serves and saves.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters = [typeof(KebabEnumConverter<Resource>), typeof(KebabEnumConverter<LegalStanding>), typeof(KebabEnumConverter<OpportunityStatus>),
        typeof(KebabEnumConverter<OpportunityEventKind>), typeof(KebabEnumConverter<SwitchState>),
        typeof(KebabEnumConverter<ExchangeStage>), typeof(KebabEnumConverter<LicenceStatus>), typeof(KebabEnumConverter<LicenceScope>)])]
[JsonSerializable(typeof(Opportunity))]
[JsonSerializable(typeof(OpportunityAlert))]
[JsonSerializable(typeof(OpportunityBoard))]
[JsonSerializable(typeof(ExchangeRankingBoard))]
[JsonSerializable(typeof(IReadOnlyList<OpportunityAlert>))]
[JsonSerializable(typeof(SymbiosisSnapshot))]
[JsonSerializable(typeof(WebhookDelivery))]
internal sealed partial class SymbiosisJsonContext : JsonSerializerContext;
