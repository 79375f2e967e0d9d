using ResourceMonitor.Worker.Api;
using ResourceMonitor.Worker.Baselines;
using ResourceMonitor.Worker.Catalog;
using ResourceMonitor.Worker.Exchanges;
using ResourceMonitor.Worker.Ingest;
using ResourceMonitor.Worker.Operations;
using ResourceMonitor.Worker.ParkPage;
using ResourceMonitor.Worker.Programme;
using ResourceMonitor.Worker.Reports;
using ResourceMonitor.Worker.Reports.Series;
using ResourceMonitor.Worker.Storage;
using ResourceMonitor.Worker.Symbiosis;

namespace ResourceMonitor.Worker;

/// <summary>
/// Builds the worker host. <see cref="WorkerProgram"/> runs it; the demo and the integration tests build it in-process
/// with their own configuration. Every feature wires itself in its folder's <c>*Registration</c> class.
/// </summary>
public static class WorkerApp
{
    /// <summary>Creates the builder with every feature registered; <paramref name="configure"/> may override configuration first.</summary>
    public static WebApplicationBuilder CreateBuilder(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        configure?.Invoke(builder);
        builder.Services.AddSingleton(TimeProvider.System);
        builder
            .AddCatalog()
            .AddStorage()
            .AddIngest()
            .AddSymbiosis()
            .AddExchanges()
            .AddBaselines()
            .AddReports()
            .AddAuditSeries()
            .AddParkPage()
            .AddProgramme()
            .AddOperations();
        return builder;
    }

    /// <summary>Builds the application and maps every feature's endpoints.</summary>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        var app = builder.Build();
        app.UseApiSecurity()
            .MapCatalog()
            .MapStorage()
            .MapIngest()
            .MapSymbiosis()
            .MapExchanges()
            .MapBaselines()
            .MapReports()
            .MapParkPage()
            .MapProgramme()
            .MapOperations();
        return app;
    }
}
