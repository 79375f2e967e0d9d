using Microsoft.Extensions.Logging;

namespace ResourceMonitor.Worker.Ingest;

/// <summary>Source-generated log messages of the ingest area (event ids 3000-3099).</summary>
internal static partial class IngestLog
{
    [LoggerMessage(3001, LogLevel.Error, "A write for {Topic} (batch {BatchId}) did not become durable; the ingest stage stops with it and everything after it unacknowledged, for the broker to redeliver")]
    public static partial void NotDurable(ILogger logger, Exception exception, string topic, string batchId);

    [LoggerMessage(3002, LogLevel.Error, "Consumer {Consumer} failed on batch {BatchId}; the ingest stage stops with it and everything after it unacknowledged, for the broker to redeliver")]
    public static partial void ConsumerFailed(ILogger logger, Exception exception, string consumer, string batchId);

    [LoggerMessage(3020, LogLevel.Error, "Admission failed on a message from {Topic} (a bug); the message is refused as internal_error and the next one admitted")]
    public static partial void AdmissionFailed(ILogger logger, Exception exception, string topic);

    [LoggerMessage(3003, LogLevel.Information, "Ingest pipeline started for parks {Parks}")]
    public static partial void Started(ILogger logger, string parks);

    [LoggerMessage(3004, LogLevel.Information, "Ingest pipeline stopped after draining in-flight messages")]
    public static partial void Stopped(ILogger logger);

    [LoggerMessage(3090, LogLevel.Warning, "{Count} rejection notice(s) could not be {Stage} ({Reason}); they are counted in rm_rejection_notices_dropped")]
    public static partial void RejectionNoticesDropped(ILogger logger, int count, string stage, string reason);
}
