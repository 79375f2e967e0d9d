namespace ResourceMonitor.Worker.Catalog;

/// <summary>Source-generated log messages of the catalog feature (event ids 7300-7339).</summary>
internal static partial class CatalogLog
{
    [LoggerMessage(EventId = 7300, Level = LogLevel.Information, Message = "Catalog of park {Park} changed live by {By}: {Section} '{Key}' {Change}")]
    public static partial void Changed(ILogger logger, string park, string by, string section, string key, string change);

    [LoggerMessage(EventId = 7301, Level = LogLevel.Information, Message = "Catalog change of park {Park} by {By} refused: {Problems} problem(s), first: {First}")]
    public static partial void Refused(ILogger logger, string park, string by, int problems, string first);
}
