using Microsoft.Extensions.Options;
using ResourceMonitor.Worker.Operations;

namespace ResourceMonitor.Worker.Reports.Series;

/// <summary>Wires the audit series into the worker host (after <see cref="ReportsRegistration.AddReports"/> and the storage feature).</summary>
public static class AuditSeriesRegistration
{
    /// <summary>Registers the options check and, when <c>Reports:Series:Enabled</c> (default), the background service.</summary>
    public static WebApplicationBuilder AddAuditSeries(this WebApplicationBuilder builder)
    {
        builder.AddSupervision();
        builder.Services.AddSingleton<IValidateOptions<ReportsOptions>, AuditSeriesOptionsValidator>();
        if (!builder.Configuration.GetValue(AuditSeriesOptions.Section + ":" + nameof(AuditSeriesOptions.Enabled), true))
        {
            return builder;
        }

        builder.Services.AddSingleton<AuditSeriesService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<AuditSeriesService>());
        return builder;
    }
}
