using System.Text.Json;
using Json.Schema;

namespace ResourceMonitor.Contracts.Tests.Schema;

/// <summary>Validates JSON against one of the embedded contract schemas with a draft 2020-12 validator (formats asserted).</summary>
internal sealed class SchemaValidator
{
    // JsonSchema.Net registers each schema's $id globally and refuses a second registration: each schema text is parsed once,
    // even when test classes in parallel ask for it at the same moment.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<JsonSchema>> Parsed = new(StringComparer.Ordinal);
    private readonly JsonSchema _schema;

    public SchemaValidator(string schemaText) => _schema = Parsed.GetOrAdd(schemaText, static text => new Lazy<JsonSchema>(() => JsonSchema.FromText(text))).Value;

    public (bool Valid, string Errors) Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = _schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        var errors = (results.Details ?? [])
            .Prepend(results)
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        return (results.IsValid, string.Join("; ", errors));
    }
}
