using Microsoft.Extensions.Logging;

namespace ResourceMonitor.Worker.Ingest.Sequencing;

/// <summary>Source-generated log messages of the end-to-end acknowledgement (event ids 3050-3059).</summary>
internal static partial class SequencingLog
{
    [LoggerMessage(3050, LogLevel.Information, "Sequence marks {Path} loaded: {Logs} agent log(s)")]
    public static partial void Loaded(ILogger logger, string path, int logs);

    [LoggerMessage(3051, LogLevel.Warning, "Sequence marks {Path} are unreadable: starting without them (agents' resends of unacknowledged readings are stored again; InfluxDB overwrites them)")]
    public static partial void Unreadable(ILogger logger, string path);

    [LoggerMessage(3052, LogLevel.Warning, "Could not save the sequence marks to {Path}; acknowledgements wait until they are saved")]
    public static partial void SaveFailed(ILogger logger, Exception exception, string path);
}
