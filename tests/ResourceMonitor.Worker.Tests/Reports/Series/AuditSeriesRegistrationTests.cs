using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NSubstitute;
using ResourceMonitor.Worker.Catalog;
using ResourceMonitor.Worker.Reports;
using ResourceMonitor.Worker.Reports.Series;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.Worker.Tests.Reports.Series;

public sealed class AuditSeriesRegistrationTests
{
    [Fact]
    public void An_auditors_baseline_in_configuration_binds_as_local_dates()
    {
        using var services = Services(("Reports:Series:BaselineFrom", "2026-06-01"), ("Reports:Series:BaselineTo", "2026-09-01"));

        var series = services.GetRequiredService<IOptions<ReportsOptions>>().Value.Series;

        Assert.Equal(new DateOnly(2026, 6, 1), series.BaselineFrom);
        Assert.Equal(new DateOnly(2026, 9, 1), series.BaselineTo);
    }

    [Fact]
    public void A_baseline_with_only_one_date_stops_start_up_naming_the_keys()
    {
        using var services = Services(("Reports:Series:BaselineTo", "2026-09-01"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ReportsOptions>>().Value);

        Assert.Contains("Reports:Series: set both BaselineFrom and BaselineTo", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_series_run_in_the_background_by_default_and_not_when_disabled()
    {
        using var enabled = Services();
        using var disabled = Services(("Reports:Series:Enabled", "false"));

        Assert.Single(enabled.GetServices<IHostedService>().OfType<AuditSeriesService>());
        Assert.Null(disabled.GetService<AuditSeriesService>());
    }

    private static ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(Substitute.For<IPointSink>());
        builder.AddCatalog().AddReports().AddAuditSeries();
        return builder.Services.BuildServiceProvider();
    }
}
