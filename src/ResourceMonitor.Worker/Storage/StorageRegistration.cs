namespace ResourceMonitor.Worker.Storage;

/// <summary>Wires the storage feature into the worker host: its options, services and HTTP endpoints.</summary>
public static class StorageRegistration
{
    /// <summary>Registers the feature's options and services.</summary>
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder) => builder;

    /// <summary>Maps the feature's HTTP endpoints.</summary>
    public static WebApplication MapStorage(this WebApplication app) => app;
}
