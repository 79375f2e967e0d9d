using ResourceMonitor.Worker.Api;

namespace ResourceMonitor.IntegrationTests.Api;

/// <summary>The keys of the API tests: a park key, an admin key and two plant keys; only their hashes reach the worker.</summary>
public static class ApiKeys
{
    /// <summary>The park key.</summary>
    public static readonly string Park = ApiKeyHash.NewKey();

    /// <summary>The admin key.</summary>
    public static readonly string Admin = ApiKeyHash.NewKey();

    /// <summary>dyeing-01's key.</summary>
    public static readonly string Dyeing = ApiKeyHash.NewKey();

    /// <summary>paper-01's key.</summary>
    public static readonly string Paper = ApiKeyHash.NewKey();

    /// <summary>The programme office's key (aggregate figures only).</summary>
    public static readonly string Programme = ApiKeyHash.NewKey();

    /// <summary>The report link signing key the test workers share, so a test can sign a token itself (Base64).</summary>
    public static readonly string LinkSigningKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    /// <summary>Worker settings accepting the keys above (as hashes), plus <paramref name="more"/>.</summary>
    public static Dictionary<string, string?> Settings(params (string Key, string? Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Api:Keys:0:Hash"] = ApiKeyHash.Of(Park),
            ["Api:Keys:0:Name"] = "park-operator",
            ["Api:Keys:1:Hash"] = ApiKeyHash.Of(Admin),
            ["Api:Keys:1:Scope"] = "admin",
            ["Api:Keys:2:Hash"] = ApiKeyHash.Of(Dyeing),
            ["Api:Keys:2:Plant"] = "dyeing-01",
            ["Api:Keys:3:Hash"] = ApiKeyHash.Of(Paper),
            ["Api:Keys:3:Plant"] = "paper-01",
            ["Api:Keys:4:Hash"] = ApiKeyHash.Of(Programme),
            ["Api:Keys:4:Scope"] = "programme",
            ["Api:Keys:4:Name"] = "programme-office",
            ["Api:ReportLinkSigningKey"] = LinkSigningKey,
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }
}
