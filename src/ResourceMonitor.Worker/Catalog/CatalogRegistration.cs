namespace ResourceMonitor.Worker.Catalog;

/// <summary>Wires the catalog feature into the worker host: its options, services and HTTP endpoints.</summary>
public static class CatalogRegistration
{
    /// <summary>Registers the feature's options and services.</summary>
    public static WebApplicationBuilder AddCatalog(this WebApplicationBuilder builder) => builder;

    /// <summary>Maps the feature's HTTP endpoints.</summary>
    public static WebApplication MapCatalog(this WebApplication app) => app;
}
