namespace ResourceMonitor.Worker.Operations;

/// <summary>Wires the operations feature into the worker host: its options, services and HTTP endpoints.</summary>
public static class OperationsRegistration
{
    /// <summary>Registers the feature's options and services.</summary>
    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder) => builder;

    /// <summary>Maps the feature's HTTP endpoints.</summary>
    public static WebApplication MapOperations(this WebApplication app) => app;
}
