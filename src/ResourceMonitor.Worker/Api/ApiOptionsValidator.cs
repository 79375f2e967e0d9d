using Microsoft.Extensions.Options;
using ResourceMonitor.Contracts;

namespace ResourceMonitor.Worker.Api;

/// <summary>Checks <see cref="ApiOptions"/> once at start-up; every error names the key and the fix.</summary>
public sealed class ApiOptionsValidator : IValidateOptions<ApiOptions>
{
    private const string Generate = "generate a key and its hash with `dotnet ResourceMonitor.Worker.dll api-key` (docs/security.md)";

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ApiOptions options)
    {
        var errors = new List<string>();
        for (var i = 0; i < options.Keys.Count; i++)
        {
            errors.AddRange(KeyErrors($"{ApiOptions.Section}:Keys:{i}", options.Keys[i]));
        }

        var repeated = options.Keys.GroupBy(k => k.Hash.ToLowerInvariant()).Where(g => g.Count() > 1 && g.Key.Length > 0);
        errors.AddRange(repeated.Select(g => $"{ApiOptions.Section}:Keys: the hash {g.Key[..8]}… is configured {g.Count()} times; give every holder its own key ({Generate})."));

        if (!string.IsNullOrEmpty(options.ReportLinkSigningKey) && !ReportLinkSigner.IsUsableKey(options.ReportLinkSigningKey))
        {
            errors.Add($"{ApiOptions.Section}:ReportLinkSigningKey must be Base64 of at least 32 random bytes (e.g. `openssl rand -base64 32`), or empty for a key per process.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static IEnumerable<string> KeyErrors(string path, ApiKey key)
    {
        if (!string.IsNullOrEmpty(key.Key))
        {
            yield return $"{path}:Key holds a plain-text key, which the worker no longer accepts: store its SHA-256 as {path}:Hash instead; {Generate}.";
        }

        if (!ApiKeyHash.IsWellFormed(key.Hash))
        {
            yield return $"{path}:Hash must be the key's SHA-256 as 64 hexadecimal digits; {Generate}.";
        }

        if (!string.IsNullOrEmpty(key.Park) && !ResourceIds.IsValid(key.Park))
        {
            yield return $"{path}:Park must be a park id (lower-case a-z, 0-9 and '-'), or empty for a key of every park the worker owns.";
        }

        switch (key.EffectiveScope)
        {
            case ApiScope.Plant when !ResourceIds.IsValid(key.Plant ?? string.Empty):
                yield return $"{path}:Plant must name the plant of a plant key (lower-case a-z, 0-9 and '-'), or set {path}:Scope to park or admin.";
                break;
            case ApiScope.Park or ApiScope.Admin when !string.IsNullOrEmpty(key.Plant):
                yield return $"{path}: {(key.EffectiveScope == ApiScope.Admin ? "an admin" : "a park")} key sees every plant; remove {path}:Plant or set {path}:Scope to plant.";
                break;
            case ApiScope.Programme when !string.IsNullOrEmpty(key.Plant):
                yield return $"{path}: a programme key sees aggregate figures of every park and no plant; remove {path}:Plant or set {path}:Scope to plant.";
                break;
        }
    }
}
