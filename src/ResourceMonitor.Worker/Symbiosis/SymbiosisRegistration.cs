namespace ResourceMonitor.Worker.Symbiosis;

/// <summary>Wires the symbiosis feature into the worker host: its options, services and HTTP endpoints.</summary>
public static class SymbiosisRegistration
{
    /// <summary>Registers the feature's options and services.</summary>
    public static WebApplicationBuilder AddSymbiosis(this WebApplicationBuilder builder) => builder;

    /// <summary>Maps the feature's HTTP endpoints.</summary>
    public static WebApplication MapSymbiosis(this WebApplication app) => app;
}
