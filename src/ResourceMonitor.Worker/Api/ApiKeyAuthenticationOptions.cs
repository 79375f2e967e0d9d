using Microsoft.AspNetCore.Authentication;

namespace ResourceMonitor.Worker.Api;

/// <summary>Options of the <see cref="ApiKeyAuthenticationHandler"/> scheme (the keys themselves are in <see cref="ApiOptions"/>).</summary>
public sealed class ApiKeyAuthenticationOptions : AuthenticationSchemeOptions
{
    /// <summary>The scheme's name.</summary>
    public const string Scheme = "ApiKey";
}
