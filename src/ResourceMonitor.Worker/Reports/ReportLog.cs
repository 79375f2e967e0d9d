namespace ResourceMonitor.Worker.Reports;

/// <summary>The reports feature's log events (ids 3710–3719).</summary>
internal static partial class ReportLog
{
    [LoggerMessage(EventId = 3710, Level = LogLevel.Warning, Message = "The audit report of {Plant} for {Period} failed: the time-series store did not answer (the caller got 502)")]
    public static partial void ReportStoreFailed(this ILogger logger, string plant, ReportPeriod period, Exception exception);
}
