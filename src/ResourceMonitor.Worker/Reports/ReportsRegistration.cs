using ResourceMonitor.Domain.Baselines.Regression;
using ResourceMonitor.Worker.Api;
using ResourceMonitor.Worker.Baselines;
using ResourceMonitor.Worker.Storage.InfluxQl;

namespace ResourceMonitor.Worker.Reports;

/// <summary>Wires the reports feature into the worker host: its options, services and HTTP endpoints.</summary>
public static class ReportsRegistration
{
    /// <summary>Registers the feature's options and services.</summary>
    public static WebApplicationBuilder AddReports(this WebApplicationBuilder builder)
    {
        builder.AddInfluxQlReader();
        builder.Services.AddOptions<ReportsOptions>()
            .Bind(builder.Configuration.GetSection(ReportsOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // Reports count days in the park's time zone, configured with the baselines (Baselines:TimeZone).
        builder.Services.AddOptions<BaselinesOptions>().Bind(builder.Configuration.GetSection(BaselinesOptions.Section));
        builder.Services.AddApiSecurity(builder.Configuration);
        builder.Services.AddSingleton(RegressionOptions.Default);
        builder.Services.AddSingleton<RegressionFitter>();
        builder.Services.AddSingleton<AuditReportBuilder>();
        builder.Services.AddSingleton<PlantDataLoader>();
        builder.Services.AddSingleton<OpportunityLoader>();
        builder.Services.AddSingleton<AuditReportService>();
        builder.Services.AddSingleton<IAuditReportSource>(sp => sp.GetRequiredService<AuditReportService>());
        return builder;
    }

    /// <summary>Maps the feature's HTTP endpoints.</summary>
    public static WebApplication MapReports(this WebApplication app)
    {
        app.MapReportEndpoint().RequireApiKey().AcceptReportLinks().RequireRateLimiting(ReportRateLimit.Policy);
        app.MapReportLinkEndpoint().RequireApiKey().RequireRateLimiting(ReportRateLimit.Policy);
        return app;
    }
}
