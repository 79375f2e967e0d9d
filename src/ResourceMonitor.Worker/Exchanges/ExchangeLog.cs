namespace ResourceMonitor.Worker.Exchanges;

/// <summary>Source-generated log messages of the exchange workflow (event ids 5300-5339).</summary>
internal static partial class ExchangeLog
{
    [LoggerMessage(EventId = 5300, Level = LogLevel.Information, Message = "Exchange {Id} moved from {From} to {To} by {By}")]
    public static partial void Moved(ILogger logger, string id, string from, string to, string by);

    [LoggerMessage(EventId = 5301, Level = LogLevel.Information, Message = "Licence '{Name}' for {Scope} {Subject} recorded as {Status} by {By}")]
    public static partial void LicenceRecorded(ILogger logger, string name, string scope, string subject, string status, string by);

    [LoggerMessage(EventId = 5302, Level = LogLevel.Warning, Message = "Exchange journal {Path} ended in a torn line ({Bytes} bytes, a crash mid-write); cut off")]
    public static partial void TornLine(ILogger logger, string path, int bytes);

    [LoggerMessage(EventId = 5303, Level = LogLevel.Information, Message = "Exchange register restored from {Path}: {Changes} workflow changes, {Licences} licence records")]
    public static partial void Restored(ILogger logger, string path, int changes, int licences);
}
