using Microsoft.Extensions.Logging;

namespace ResourceMonitor.Worker.Storage;

/// <summary>Source-generated log messages of the storage area (event ids 2000-2099).</summary>
internal static partial class StorageLog
{
    [LoggerMessage(2000, LogLevel.Warning, "InfluxDB write of {Points} points kept for the spool: {Reason}")]
    public static partial void WriteKept(ILogger logger, int points, string reason);

    [LoggerMessage(2001, LogLevel.Warning, "InfluxDB refused a point permanently: {Reason}; line: {Line}")]
    public static partial void PointRejected(ILogger logger, string line, string reason);

    [LoggerMessage(9341, LogLevel.Error, "{Advice}")]
    public static partial void WriteApiMissing(ILogger logger, string advice);

    [LoggerMessage(2002, LogLevel.Warning, "InfluxDB ping failed: {Reason}")]
    public static partial void PingFailed(ILogger logger, string reason);

    [LoggerMessage(2003, LogLevel.Warning, "InfluxDB at {Url} is not reachable at start-up; starting anyway (Storage:RequireInfluxAtStart=false): readings go to the spool")]
    public static partial void StartingWithoutInflux(ILogger logger, string url);

    [LoggerMessage(2008, LogLevel.Error, "Spool full ({Bytes} of {MaxBytes} bytes): holding new batches (and MQTT acknowledgements) until InfluxDB takes some")]
    public static partial void SpoolFull(ILogger logger, long bytes, long maxBytes);

    [LoggerMessage(2009, LogLevel.Information, "Spool drained")]
    public static partial void SpoolDrained(ILogger logger);

    [LoggerMessage(2011, LogLevel.Warning, "InfluxDB did not answer a spool drain request of {Lines} lines within Storage:RequestTimeout: drain requests now carry at most {Limit} lines, growing again as they succeed")]
    public static partial void DrainRequestsShrunk(ILogger logger, int lines, int limit);

    [LoggerMessage(2010, LogLevel.Information, "Flushing {Points} queued points before stopping")]
    public static partial void Flushing(ILogger logger, int points);
}
