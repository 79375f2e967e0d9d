namespace ResourceMonitor.Worker.Reports;

/// <summary>Wires the reports feature into the worker host: its options, services and HTTP endpoints.</summary>
public static class ReportsRegistration
{
    /// <summary>Registers the feature's options and services.</summary>
    public static WebApplicationBuilder AddReports(this WebApplicationBuilder builder) => builder;

    /// <summary>Maps the feature's HTTP endpoints.</summary>
    public static WebApplication MapReports(this WebApplication app) => app;
}
