using ResourceMonitor.Worker.Api;

namespace ResourceMonitor.Worker.Tests.Api;

public sealed class ApiOptionsValidatorTests
{
    private static string Validate(params ApiKey[] keys)
    {
        var options = new ApiOptions();
        foreach (var key in keys)
        {
            options.Keys.Add(key);
        }

        return new ApiOptionsValidator().Validate(null, options).FailureMessage ?? string.Empty;
    }

    [Fact]
    public void Hashed_park_plant_and_admin_keys_are_accepted()
    {
        Assert.Equal(string.Empty, Validate(
            new ApiKey { Hash = ApiKeyHash.Of("a") },
            new ApiKey { Hash = ApiKeyHash.Of("b"), Plant = "dyeing-01" },
            new ApiKey { Hash = ApiKeyHash.Of("c"), Scope = ApiScope.Admin }));
    }

    [Fact]
    public void A_plain_text_key_is_refused_with_the_way_to_hash_it()
    {
        var error = Validate(new ApiKey { Key = "park-secret", Hash = string.Empty });

        Assert.Contains("Api:Keys:0:Key holds a plain-text key", error, StringComparison.Ordinal);
        Assert.Contains("Api:Keys:0:Hash", error, StringComparison.Ordinal);
        Assert.Contains("api-key", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-hex", null, null, "Api:Keys:0:Hash must be the key's SHA-256")]
    [InlineData(null, ApiScope.Plant, null, "Api:Keys:0:Plant must name the plant")]
    [InlineData(null, ApiScope.Admin, "dyeing-01", "an admin key sees every plant")]
    [InlineData(null, ApiScope.Programme, "dyeing-01", "a programme key sees aggregate figures of every park and no plant")]
    public void Unusable_keys_are_named_with_the_fix(string? hash, ApiScope? scope, string? plant, string expected)
    {
        var error = Validate(new ApiKey { Hash = hash ?? ApiKeyHash.Of("x"), Scope = scope, Plant = plant });

        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_key_given_to_two_holders_is_refused()
    {
        var error = Validate(new ApiKey { Hash = ApiKeyHash.Of("x") }, new ApiKey { Hash = ApiKeyHash.Of("x"), Plant = "dyeing-01" });

        Assert.Contains("configured 2 times", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_link_signing_key_is_refused()
    {
        var options = new ApiOptions { ReportLinkSigningKey = Convert.ToBase64String(new byte[16]) };

        var result = new ApiOptionsValidator().Validate(null, options);

        Assert.Contains("Api:ReportLinkSigningKey must be Base64 of at least 32 random bytes", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_key_hashes_to_64_hex_digits_and_matches_only_itself()
    {
        var key = ApiKeyHash.NewKey();
        var hash = Convert.FromHexString(ApiKeyHash.Of(key));

        Assert.Equal(43, key.Length);
        Assert.True(ApiKeyHash.IsWellFormed(ApiKeyHash.Of(key)));
        Assert.True(ApiKeyHash.Matches(hash, key));
        Assert.False(ApiKeyHash.Matches(hash, key + " "));
    }
}
