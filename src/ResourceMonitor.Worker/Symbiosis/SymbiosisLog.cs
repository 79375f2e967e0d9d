namespace ResourceMonitor.Worker.Symbiosis;

/// <summary>Source-generated log messages of the symbiosis feature (event ids 7000-7099).</summary>
internal static partial class SymbiosisLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Opportunity {State}: {Id} ({Reason})")]
    public static partial void Alert(ILogger logger, string state, string id, string reason);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Symbiosis state restored from {Path}: {Open} open opportunities")]
    public static partial void Restored(ILogger logger, string path, int open);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning, Message = "Webhook {Url} did not take an alert after {Attempts} attempts; written to {DeadLetter}: {Error}")]
    public static partial void DeadLetter(ILogger logger, Uri url, int attempts, string deadLetter, string error);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Warning, Message = "Symbiosis snapshot {Path} could not be read; starting empty")]
    public static partial void SnapshotUnreadable(ILogger logger, Exception exception, string path);
}
