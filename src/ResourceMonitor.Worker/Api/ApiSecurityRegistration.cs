using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ResourceMonitor.Worker.Api;

/// <summary>
/// Wires the API's security: the key authentication scheme, the policies, report rate limiting, signed report links and
/// ProblemDetails errors. <c>AddApiSecurity</c> once per feature that maps endpoints (idempotent), <c>UseApiSecurity</c>
/// once on the application, <c>.RequireApiKey()</c> per endpoint or group.
/// </summary>
public static class ApiSecurityRegistration
{
    /// <summary>Registers the options and services (idempotent).</summary>
    public static IServiceCollection AddApiSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(s => s.ServiceType == typeof(ReportLinkSigner)))
        {
            return services;
        }

        services.AddOptions<ApiOptions>()
            .Bind(configuration.GetSection(ApiOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ApiOptions>, ApiOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ReportLinkSigner>();
        services.AddProblemDetails();
        services.AddAuthentication(ApiKeyAuthenticationOptions.Scheme)
            .AddScheme<ApiKeyAuthenticationOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationOptions.Scheme, null);
        services.AddAuthorization(ApiPolicies.Add);
        services.AddRateLimiter(_ => { });
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>()
            .Configure<IOptions<ApiOptions>>((limiter, api) => ReportRateLimit.Add(limiter, api.Value));
        return services;
    }

    /// <summary>Adds the middleware: ProblemDetails for exceptions and bare status codes, authentication, authorization, rate limiting.</summary>
    public static WebApplication UseApiSecurity(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    /// <summary>Requires a key on <paramref name="builder"/>'s endpoints (a route's <c>{plant}</c> must be the key's); handlers read <see cref="ApiCaller.Of(HttpContext)"/>.</summary>
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(ApiPolicies.Data);

    /// <summary>Lets <paramref name="builder"/>'s endpoints be opened with a signed report link too (<c>?token=</c>).</summary>
    public static TBuilder AcceptReportLinks<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(AcceptsReportLink.Instance);
}
