namespace ResourceMonitor.Worker.Baselines;

/// <summary>Wires the baselines feature into the worker host: its options, services and HTTP endpoints.</summary>
public static class BaselinesRegistration
{
    /// <summary>Registers the feature's options and services.</summary>
    public static WebApplicationBuilder AddBaselines(this WebApplicationBuilder builder) => builder;

    /// <summary>Maps the feature's HTTP endpoints.</summary>
    public static WebApplication MapBaselines(this WebApplication app) => app;
}
