namespace ResourceMonitor.Worker.Reports;

/// <summary>
/// The keys the report endpoint accepts (configuration section <c>Api</c>, e.g. <c>Api__Keys__0__Key</c>,
/// <c>Api__Keys__0__Plant</c> in the environment). Without keys every report request is refused: DESIGN §8 requires keys.
/// </summary>
public sealed class ReportApiKeyOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Api";

    /// <summary>The accepted keys.</summary>
    public IList<ReportApiKey> Keys { get; } = [];
}
