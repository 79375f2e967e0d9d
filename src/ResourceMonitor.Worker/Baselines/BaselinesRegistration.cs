using Microsoft.Extensions.Options;
using ResourceMonitor.Worker.Ingest;
using ResourceMonitor.Worker.Operations;
using ResourceMonitor.Worker.Storage.InfluxQl;

namespace ResourceMonitor.Worker.Baselines;

/// <summary>Wires the baselines feature into the worker host: its options, services and HTTP endpoints.</summary>
public static class BaselinesRegistration
{
    /// <summary>Registers the feature's options and services.</summary>
    public static WebApplicationBuilder AddBaselines(this WebApplicationBuilder builder)
    {
        builder.AddSupervision();
        builder.AddInfluxQlReader();
        builder.Services.AddOptions<BaselinesOptions>()
            .Bind(builder.Configuration.GetSection(BaselinesOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<BaselinesOptions>, BaselinesOptionsValidator>();
        builder.Services.AddSingleton<ProfileStore>();
        if (!builder.Configuration.GetValue(BaselinesOptions.Section + ":" + nameof(BaselinesOptions.Enabled), true))
        {
            return builder;
        }

        builder.Services.AddSingleton<ProfileLoader>();
        builder.Services.AddSingleton<BaselineBandWriter>();
        builder.Services.AddSingleton<ProfileRefresher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ProfileRefresher>());
        builder.Services.AddSingleton<DeviationMonitor>();
        builder.Services.AddSingleton<IAcceptedReadingsConsumer>(sp => sp.GetRequiredService<DeviationMonitor>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DeviationMonitor>());
        return builder;
    }

    /// <summary>Maps the feature's HTTP endpoints.</summary>
    public static WebApplication MapBaselines(this WebApplication app) => app;
}
