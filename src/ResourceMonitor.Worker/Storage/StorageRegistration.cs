using Microsoft.Extensions.DependencyInjection.Extensions;
using ResourceMonitor.Worker.Operations;

namespace ResourceMonitor.Worker.Storage;

/// <summary>Wires the storage feature into the worker host: its options, services and HTTP endpoints.</summary>
public static class StorageRegistration
{
    /// <summary>Registers the feature's options and services.</summary>
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        builder.AddSupervision();
        builder.Services.AddOptions<StorageOptions>()
            .Bind(builder.Configuration.GetSection(StorageOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton<WorkerMetrics>();
        builder.Services.AddSingleton<IInfluxLineWriter, InfluxLineWriter>();
        builder.Services.AddSingleton<PointWriter>();
        builder.Services.AddSingleton<IPointSink>(sp => sp.GetRequiredService<PointWriter>());
        builder.Services.AddSingleton<IDurablePointWriter>(sp => sp.GetRequiredService<PointWriter>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<PointWriter>());
        return builder;
    }

    /// <summary>Maps the feature's HTTP endpoints.</summary>
    public static WebApplication MapStorage(this WebApplication app) => app;
}
