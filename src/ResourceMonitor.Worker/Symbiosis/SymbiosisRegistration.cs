using ResourceMonitor.Worker.Api;
using ResourceMonitor.Worker.Exchanges;
using ResourceMonitor.Worker.Ingest;
using ResourceMonitor.Worker.Messaging;
using ResourceMonitor.Worker.Operations;

namespace ResourceMonitor.Worker.Symbiosis;

/// <summary>Wires the symbiosis feature into the worker host: its options, services and HTTP endpoints.</summary>
public static class SymbiosisRegistration
{
    /// <summary>Registers the feature's options and services.</summary>
    public static WebApplicationBuilder AddSymbiosis(this WebApplicationBuilder builder)
    {
        builder.AddSupervision();
        builder.Services.AddOptions<SymbiosisOptions>()
            .Bind(builder.Configuration.GetSection(SymbiosisOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.CloseAfter >= TimeSpan.Zero && o.StaleAfter > o.EvaluationInterval, "Symbiosis:StaleAfter must be longer than Symbiosis:EvaluationInterval.")
            .Validate(o => o.Webhooks.All(u => u.IsAbsoluteUri && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps)), "Symbiosis:Webhooks must be absolute http(s) URLs.")
            .ValidateOnStart();
        builder.Services.AddApiSecurity(builder.Configuration);
        builder.AddExchanges();
        builder.Services.AddSingleton<SymbiosisState>();
        builder.Services.AddSingleton<SnapshotStore>();
        builder.Services.AddHttpClient(nameof(WebhookSender));
        builder.Services.AddSingleton<WebhookSender>(sp => ActivatorUtilities.CreateInstance<WebhookSender>(
            sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(WebhookSender))));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WebhookSender>());
        builder.Services.AddSingleton<SymbiosisMonitor>();
        builder.Services.AddSingleton<IAcceptedReadingsConsumer>(sp => sp.GetRequiredService<SymbiosisMonitor>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SymbiosisMonitor>());
        builder.Services.AddSingleton<IAgentStatusConsumer, PlantAvailability>();
        return builder;
    }

    /// <summary>Maps the feature's HTTP endpoints.</summary>
    public static WebApplication MapSymbiosis(this WebApplication app) => app.MapSymbiosisEndpoints();
}
