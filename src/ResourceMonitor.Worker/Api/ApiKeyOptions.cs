namespace ResourceMonitor.Worker.Api;

/// <summary>
/// The keys the HTTP API accepts (section <c>Api</c>: <c>Api__Keys__0__Key</c>, <c>Api__Keys__0__Plant</c> in the
/// environment; the same shape the report endpoint reads). Without keys every protected request is refused (docs/design.md §8).
/// </summary>
public sealed class ApiKeyOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Api";

    /// <summary>The accepted keys.</summary>
    public IList<ApiKey> Keys { get; } = [];
}
