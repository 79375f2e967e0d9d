namespace ResourceMonitor.Worker.Api;

/// <summary>
/// <c>dotnet ResourceMonitor.Worker.dll api-key [--scope park|plant|admin|programme] [--plant ID] [--name NAME]</c>: makes a random
/// key and prints it once with the configuration that accepts it (its SHA-256). Hand the key to its holder; keep only the hash.
/// </summary>
public static class ApiKeyCommand
{
    /// <summary>Whether <paramref name="args"/> ask for this command.</summary>
    public static bool Matches(string[] args) => args.Length > 0 && args[0] == "api-key";

    /// <summary>Prints a new key and its configuration; 2 on bad arguments.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }

        var key = new ApiKey
        {
            Name = options.GetValueOrDefault("name"),
            Plant = options.GetValueOrDefault("plant"),
            Scope = options.TryGetValue("scope", out var scopeText) && Enum.TryParse<ApiScope>(scopeText, ignoreCase: true, out var scope) ? scope : null,
        };
        var secret = ApiKeyHash.NewKey();
        key.Hash = ApiKeyHash.Of(secret);
        var invalid = new ApiOptionsValidator().Validate(null, WithKey(key));
        if (invalid.Failed || (scopeText is not null && key.Scope is null))
        {
            await errors.WriteLineAsync(invalid.FailureMessage ?? "--scope must be park, plant, admin or programme.");
            await errors.WriteLineAsync("usage: api-key [--scope park|plant|admin|programme] [--plant ID] [--name NAME]");
            return 2;
        }

        await output.WriteLineAsync($"key (give it to its holder; it is not stored anywhere): {secret}");
        await output.WriteLineAsync("configuration (environment; replace N by the key's index):");
        await output.WriteLineAsync($"  Api__Keys__N__Hash={key.Hash}");
        await output.WriteLineAsync($"  Api__Keys__N__Scope={ApiClaims.ScopeText(key.EffectiveScope)}");
        if (key.Plant is not null)
        {
            await output.WriteLineAsync($"  Api__Keys__N__Plant={key.Plant}");
        }

        if (key.Name is not null)
        {
            await output.WriteLineAsync($"  Api__Keys__N__Name={key.Name}");
        }

        return 0;
    }

    private static ApiOptions WithKey(ApiKey key)
    {
        var options = new ApiOptions();
        options.Keys.Add(key);
        return options;
    }
}
