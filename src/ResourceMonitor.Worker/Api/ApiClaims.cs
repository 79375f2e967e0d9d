using System.Security.Claims;

namespace ResourceMonitor.Worker.Api;

/// <summary>The claims an authenticated API caller carries: its name, scope, plant, and how it came in.</summary>
public static class ApiClaims
{
    /// <summary>The key's scope (<see cref="ApiScope"/>, lower case).</summary>
    public const string Scope = "rm:scope";

    /// <summary>The plant of a plant key or plant report link.</summary>
    public const string Plant = "rm:plant";

    /// <summary>The park a key is bound to (absent: every park the worker owns).</summary>
    public const string Park = "rm:park";

    /// <summary>Set on callers that came with a signed report link rather than a key.</summary>
    public const string ReportLink = "rm:report-link";

    /// <summary>A principal of the authentication scheme <paramref name="scheme"/>.</summary>
    public static ClaimsPrincipal Principal(string scheme, string name, ApiScope scope, string? plant, bool viaReportLink = false, string? park = null)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, name), new(Scope, ScopeText(scope)) };
        if (!string.IsNullOrEmpty(plant))
        {
            claims.Add(new Claim(Plant, plant));
        }

        if (!string.IsNullOrEmpty(park))
        {
            claims.Add(new Claim(Park, park));
        }

        if (viaReportLink)
        {
            claims.Add(new Claim(ReportLink, "true"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>The claim value of <paramref name="scope"/>.</summary>
    public static string ScopeText(ApiScope scope) => scope.ToString().ToLowerInvariant();
}
