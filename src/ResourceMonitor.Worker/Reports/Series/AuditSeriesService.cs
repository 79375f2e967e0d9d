using System.Diagnostics;
using Microsoft.Extensions.Options;
using ResourceMonitor.Domain.Baselines.Regression;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Hosting.Supervision;
using ResourceMonitor.Worker.Operations;
using ResourceMonitor.Worker.Storage;
using ResourceMonitor.Worker.Storage.InfluxQl;

namespace ResourceMonitor.Worker.Reports.Series;

/// <summary>
/// Stores the audit report of every plant of the catalog for Grafana: once <see cref="AuditSeriesOptions.StartDelay"/>
/// after start, then every <see cref="AuditSeriesOptions.Interval"/>, it builds each plant's report over
/// <see cref="AuditSeriesPeriods"/> with the same <see cref="IAuditReportSource"/> the HTTP and CLI reports use and
/// writes <see cref="AuditSeriesPoints"/> through <see cref="IPointSink"/>. An InfluxDB outage ends the run with a
/// warning; the next tick tries again.
/// </summary>
public sealed partial class AuditSeriesService(
    IAuditReportSource reports,
    ParkCatalog catalog,
    IPointSink sink,
    IOptions<ReportsOptions> options,
    TimeProvider time,
    StageSupervisor supervisor,
    ILogger<AuditSeriesService> logger) : BackgroundService
{
    /// <summary>Builds and writes every plant's series once now.</summary>
    public async Task<AuditSeriesRun> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value.Series;
        var periods = AuditSeriesPeriods.At(settings, time.GetUtcNow(), reports.TimeZone);
        if (periods is null)
        {
            LogBaselineNotOver(settings.BaselineTo);
            return new AuditSeriesRun(null, 0, 0, 0, null);
        }

        var started = Stopwatch.GetTimestamp();
        var (written, withoutData, points) = (0, 0, 0);
        try
        {
            foreach (var plant in catalog.Plants)
            {
                var request = new ReportRequest(plant.Id, periods.Reporting, periods.Baseline, Granularity.Daily, settings.DriverNames(), options.Value.CddBaseCelsius);
                var report = await reports.CreateAsync(request, cancellationToken);
                var plantPoints = AuditSeriesPoints.Of(report, reports.TimeZone);
                if (plantPoints.Count == 0)
                {
                    withoutData++;
                    continue;
                }

                await sink.WriteAsync(plantPoints, cancellationToken);
                written++;
                points += plantPoints.Count;
            }
        }
        catch (Exception e) when (e is HttpRequestException or InfluxQlException or TimeoutException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // InfluxDB away is an outage, not a bug: what was written stays; the next tick rebuilds everything.
            LogRunFailed(written, e.Message);
            return new AuditSeriesRun(periods, written, withoutData, points, e.Message);
        }

        var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogRun(written, points, withoutData, periods.Baseline, periods.Reporting, elapsedMs);
        if (periods.Capped)
        {
            LogCapped(periods.Reporting, settings.MaxReportingDays);
        }

        return new AuditSeriesRun(periods, written, withoutData, points, null);
    }

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        supervisor.RunAsync(StageNames.AuditSeries, StageFailurePolicy.Restart, RunStageAsync, stoppingToken);

    private async Task RunStageAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value.Series;
        await Task.Delay(settings.StartDelay, time, stoppingToken);
        await RunOnceAsync(stoppingToken);
        using var timer = new PeriodicTimer(settings.Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RunOnceAsync(stoppingToken);
        }
    }

    [LoggerMessage(EventId = 8001, Level = LogLevel.Information,
        Message = "Audit series written for {Plants} plants ({Points} points; {WithoutData} plants without data skipped), baseline {Baseline}, reporting {Reporting} (end exclusive), in {ElapsedMs} ms")]
    private partial void LogRun(int plants, int points, int withoutData, ReportPeriod baseline, ReportPeriod reporting, long elapsedMs);

    [LoggerMessage(EventId = 8002, Level = LogLevel.Warning, Message = "Audit series not completed ({Plants} plants written; the next run tries again): {Error}")]
    private partial void LogRunFailed(int plants, string error);

    [LoggerMessage(EventId = 8003, Level = LogLevel.Information, Message = "Audit series wait for the baseline period to end ({BaselineTo}, Reports:Series:BaselineTo): nothing written yet")]
    private partial void LogBaselineNotOver(DateOnly? baselineTo);

    [LoggerMessage(EventId = 8004, Level = LogLevel.Warning,
        Message = "Audit series: the reporting period {Reporting} is cut at Reports:Series:MaxReportingDays ({MaxDays}) after the baseline; later days are not compared. Set a newer baseline (Reports:Series:BaselineFrom/BaselineTo).")]
    private partial void LogCapped(ReportPeriod reporting, int maxDays);
}
