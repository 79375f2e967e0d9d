using ResourceMonitor.Contracts;

namespace ResourceMonitor.Worker.Ingest;

/// <summary>The catalog's verdict on one reading: its meter's resource when it fits, else why not.</summary>
public sealed record ReadingCheck(string? Resource, Rejection? Rejection)
{
    /// <summary>The reading fits a meter measuring <paramref name="resource"/>.</summary>
    public static ReadingCheck Fits(string resource) => new(resource, null);

    /// <summary>The reading does not fit.</summary>
    public static ReadingCheck Refused(RejectReason reason, string detail, string path) => new(null, new Rejection(reason, detail, path));
}
