using System.Text.Json.Serialization;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Exchanges;
using ResourceMonitor.Worker.Symbiosis;

namespace ResourceMonitor.Worker.Exchanges;

/// <summary>Source-generated JSON of the exchange workflow: API bodies, alerts and the journal.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters = [typeof(KebabEnumConverter<Resource>), typeof(KebabEnumConverter<LegalStanding>), typeof(KebabEnumConverter<ExchangeStage>),
        typeof(KebabEnumConverter<LicenceStatus>), typeof(KebabEnumConverter<LicenceScope>)])]
[JsonSerializable(typeof(ExchangeJournalEntry))]
[JsonSerializable(typeof(ExchangeView))]
[JsonSerializable(typeof(ExchangeBoard))]
[JsonSerializable(typeof(WorkflowAlert))]
[JsonSerializable(typeof(WorkflowRequest))]
[JsonSerializable(typeof(LicenceRequest))]
[JsonSerializable(typeof(IReadOnlyList<Licence>))]
internal sealed partial class ExchangeJsonContext : JsonSerializerContext;
