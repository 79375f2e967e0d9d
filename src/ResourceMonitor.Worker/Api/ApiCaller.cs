using System.Security.Claims;

namespace ResourceMonitor.Worker.Api;

/// <summary>Who called, as the key or signed link says: the park (sees everything), one plant, or the programme office.</summary>
/// <param name="Name">The key's name (logs, rate limit partition).</param>
/// <param name="Plant">The plant of a plant key; null for park, admin and programme keys.</param>
/// <param name="Park">The park the key is bound to; null for a key of every park the worker owns.</param>
/// <param name="Scope">The key's scope.</param>
public sealed record ApiCaller(string Name, string? Plant, string? Park = null, ApiScope Scope = ApiScope.Park)
{
    /// <summary>True for park and admin keys.</summary>
    public bool IsPark => Plant is null && Scope is ApiScope.Park or ApiScope.Admin;

    /// <summary>True for programme keys: aggregate figures only, never a plant's or the park's data endpoints.</summary>
    public bool IsProgramme => Scope == ApiScope.Programme;

    /// <summary>True when the caller may see anything of <paramref name="park"/> (a key bound to another park may not).</summary>
    public bool MaySeePark(string park) => Park is null || string.Equals(Park, park, StringComparison.Ordinal);

    /// <summary>True when the caller may see <paramref name="plant"/> of <paramref name="park"/>.</summary>
    public bool MaySee(string park, string plant) => MaySeePark(park) && MaySee(plant);

    /// <summary>True when the caller may see <paramref name="plant"/>'s data.</summary>
    public bool MaySee(string plant) => IsPark || string.Equals(Plant, plant, StringComparison.Ordinal);

    /// <summary>The caller of an authenticated request (endpoints that require an API policy).</summary>
    public static ApiCaller Of(HttpContext http) => Of(http.User) ??
        throw new InvalidOperationException("the endpoint is not protected by an API policy; add .RequireApiKey()");

    /// <summary>The caller <paramref name="user"/> stands for, or null when it is not an authenticated API caller.</summary>
    public static ApiCaller? Of(ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true, Name: { } name } && user.HasClaim(c => c.Type == ApiClaims.Scope)
            ? new ApiCaller(name, user.FindFirst(ApiClaims.Plant)?.Value, user.FindFirst(ApiClaims.Park)?.Value, ScopeOf(user))
            : null;

    private static ApiScope ScopeOf(ClaimsPrincipal user) =>
        Enum.TryParse<ApiScope>(user.FindFirst(ApiClaims.Scope)?.Value, ignoreCase: true, out var scope) ? scope : ApiScope.Plant;
}
