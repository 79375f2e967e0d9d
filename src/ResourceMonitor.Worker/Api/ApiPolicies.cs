using Microsoft.AspNetCore.Authorization;

namespace ResourceMonitor.Worker.Api;

/// <summary>The API's authorization policies.</summary>
public static class ApiPolicies
{
    /// <summary>Data endpoints: any key; a route's <c>{plant}</c> must be one the key may see.</summary>
    public const string Data = "rm-data";

    /// <summary>Operations endpoints (<c>/metrics</c>): admin keys only.</summary>
    public const string Operations = "rm-operations";

    /// <summary>Programme endpoints (aggregate indicators of every park): programme and admin keys.</summary>
    public const string Programme = "rm-programme";

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Programme, policy => policy
            .AddAuthenticationSchemes(ApiKeyAuthenticationOptions.Scheme)
            .RequireClaim(ApiClaims.Scope, ApiClaims.ScopeText(ApiScope.Programme), ApiClaims.ScopeText(ApiScope.Admin)));
        options.AddPolicy(Data, policy => policy
            .AddAuthenticationSchemes(ApiKeyAuthenticationOptions.Scheme)
            .RequireAuthenticatedUser()
            .AddRequirements(new PlantRouteRequirement()));
        options.AddPolicy(Operations, policy => policy
            .AddAuthenticationSchemes(ApiKeyAuthenticationOptions.Scheme)
            .RequireClaim(ApiClaims.Scope, ApiClaims.ScopeText(ApiScope.Admin)));
    }
}
