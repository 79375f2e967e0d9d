namespace ResourceMonitor.Worker.Ingest;

/// <summary>Wires the ingest feature into the worker host: its options, services and HTTP endpoints.</summary>
public static class IngestRegistration
{
    /// <summary>Registers the feature's options and services.</summary>
    public static WebApplicationBuilder AddIngest(this WebApplicationBuilder builder) => builder;

    /// <summary>Maps the feature's HTTP endpoints.</summary>
    public static WebApplication MapIngest(this WebApplication app) => app;
}
