namespace ResourceMonitor.Worker.Programme;

/// <summary>The programme feature's log events (ids 7340–7349).</summary>
internal static partial class ProgrammeLog
{
    [LoggerMessage(EventId = 7340, Level = LogLevel.Warning, Message = "The programme report for {From} to {To} failed: the time-series store did not answer (the caller got 502)")]
    public static partial void ProgrammeStoreFailed(this ILogger logger, string from, string to, Exception exception);

    [LoggerMessage(EventId = 7341, Level = LogLevel.Information, Message = "Manual programme input recorded: {Park} {Indicator} from {Month} = {Value} by {Caller}")]
    public static partial void ManualInputRecorded(this ILogger logger, string park, string indicator, string month, double value, string caller);
}
