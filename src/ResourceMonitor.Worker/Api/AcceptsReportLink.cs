namespace ResourceMonitor.Worker.Api;

/// <summary>Endpoint metadata: the endpoint also accepts a signed report link (<c>?token=</c>) instead of a key.</summary>
public sealed class AcceptsReportLink
{
    /// <summary>The query argument that carries the token.</summary>
    public const string QueryName = "token";

    /// <summary>The one instance.</summary>
    public static AcceptsReportLink Instance { get; } = new();

    private AcceptsReportLink()
    {
    }
}
