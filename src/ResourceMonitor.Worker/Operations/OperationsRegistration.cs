using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ResourceMonitor.Hosting;
using ResourceMonitor.Worker.Api;

namespace ResourceMonitor.Worker.Operations;

/// <summary>Wires the operations feature into the worker host: stage supervision, health checks and Prometheus metrics.</summary>
public static class OperationsRegistration
{
    /// <summary>The configuration section of supervision and readiness (<c>Operations:StallAfter</c>, <c>Operations:MaxRestarts</c>, …).</summary>
    public const string Section = "Operations";

    internal const string ReadyTag = "ready";

    /// <summary>Registers the feature's options and services.</summary>
    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<WorkerMetrics>();
        builder.AddSupervision();
        builder.Services.AddSingleton<PrometheusExporter>();
        builder.Services.AddSingleton<ReadinessTransitions>();
        builder.Services.AddApiSecurity(builder.Configuration);
        builder.Services.AddHealthChecks().AddCheck<ReadinessCheck>("ingest", tags: [ReadyTag]);

        // An Unhealthy answer while a dependency is down is expected operation: ReadinessTransitions logs it at Warning.
        builder.Logging.AddFilter(ReadinessTransitions.HealthCheckServiceCategory, LogLevel.Critical);
        return builder;
    }

    /// <summary>
    /// Registers stage supervision and progress (options from <see cref="Section"/>); every feature with a supervised stage
    /// calls it, so a host built with some features only (tests) has it too.
    /// </summary>
    internal static WebApplicationBuilder AddSupervision(this WebApplicationBuilder builder)
    {
        builder.Services.AddStageSupervision(builder.Configuration.GetSection(Section));
        return builder;
    }

    /// <summary>Maps <c>/health/live</c>, <c>/health/ready</c> (open) and <c>/metrics</c> (admin key unless <c>Api:ProtectMetrics</c> is false).</summary>
    public static WebApplication MapOperations(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthResponse.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        // Created now, not at the first scrape: a MeterListener only sees measurements made after it starts.
        var exporter = app.Services.GetRequiredService<PrometheusExporter>();
        var metrics = app.MapGet("/metrics", () => Results.Text(exporter.Render(), "text/plain; version=0.0.4; charset=utf-8"));
        if (app.Services.GetRequiredService<IOptions<ApiOptions>>().Value.ProtectMetrics)
        {
            metrics.RequireAuthorization(ApiPolicies.Operations);
        }

        return app;
    }
}
