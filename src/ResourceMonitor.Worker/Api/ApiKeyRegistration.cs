namespace ResourceMonitor.Worker.Api;

/// <summary>Adds API-key protection: <c>services.AddApiKeys(configuration)</c> once, <c>.RequireApiKey()</c> per endpoint or group.</summary>
public static class ApiKeyRegistration
{
    /// <summary>Binds <see cref="ApiKeyOptions"/> from the <c>Api</c> section (idempotent).</summary>
    public static IServiceCollection AddApiKeys(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiKeyOptions>().Bind(configuration.GetSection(ApiKeyOptions.Section));
        return services;
    }

    /// <summary>Requires a known API key on <paramref name="builder"/>'s endpoints; handlers read <see cref="ApiCaller.Of"/>.</summary>
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, ApiKeyFilter>();
}
