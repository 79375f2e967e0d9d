using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Worker.Api;
using ResourceMonitor.Worker.Catalog;
using ResourceMonitor.Worker.Reports;
using ResourceMonitor.Worker.Storage.InfluxQl;

namespace ResourceMonitor.Worker.Programme;

/// <summary>Wires the programme view: the parks it covers, manual inputs, the report and its API.</summary>
public static class ProgrammeRegistration
{
    /// <summary>Registers the feature; the programme's extra catalogs are loaded now, so a broken one stops start-up.</summary>
    public static WebApplicationBuilder AddProgramme(this WebApplicationBuilder builder)
    {
        builder.AddInfluxQlReader();
        builder.Services.AddOptions<ProgrammeOptions>()
            .Bind(builder.Configuration.GetSection(ProgrammeOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var options = builder.Configuration.GetSection(ProgrammeOptions.Section).Get<ProgrammeOptions>() ?? new ProgrammeOptions();
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddSingleton(sp => ProgrammeParks.Load(sp.GetRequiredService<ParkCatalog>(), options.CatalogFiles, contentRoot));
        builder.Services.AddApiSecurity(builder.Configuration);
        builder.Services.AddSingleton<ManualInputStore>();
        builder.Services.AddSingleton<ProgrammeDataLoader>();
        builder.Services.AddSingleton<ProgrammeReportService>();
        return builder;
    }

    /// <summary>Maps the feature's HTTP endpoints.</summary>
    public static WebApplication MapProgramme(this WebApplication app)
    {
        // Resolve now: a broken programme catalog or inputs file fails start-up, not the first request.
        _ = app.Services.GetRequiredService<ProgrammeParks>();
        _ = app.Services.GetRequiredService<ManualInputStore>();
        app.MapProgrammeEndpoints();
        return app;
    }
}
