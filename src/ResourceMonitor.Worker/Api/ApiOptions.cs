using System.ComponentModel.DataAnnotations;

namespace ResourceMonitor.Worker.Api;

/// <summary>
/// The HTTP API's security (section <c>Api</c>; docs/security.md, "HTTP API"): keys as hashes, whether <c>/metrics</c>
/// needs an admin key, report rate limits and signed report links. Without keys every protected request is refused.
/// </summary>
public sealed class ApiOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Api";

    /// <summary>The accepted keys (<c>Api__Keys__0__Hash</c>, <c>Api__Keys__0__Scope</c>, <c>Api__Keys__0__Plant</c> in the environment).</summary>
    public IList<ApiKey> Keys { get; } = [];

    /// <summary>
    /// Whether <c>/metrics</c> needs an admin key (default true: metrics name plants, agents and volumes). Prometheus sends it
    /// as <c>authorization: { credentials: … }</c>; health stays open for orchestrators.
    /// </summary>
    public bool ProtectMetrics { get; set; } = true;

    /// <summary>How many report requests (and report links) one key may make per <see cref="ReportWindow"/>.</summary>
    [Range(1, 10_000)]
    public int ReportsPerWindow { get; set; } = 20;

    /// <summary>The window of <see cref="ReportsPerWindow"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ReportWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a signed report link lives unless its request asks for less.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan ReportLinkLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// The HMAC key of signed report links, Base64, at least 32 bytes. Empty: a random key per process, so links end when the
    /// worker restarts; set it when several workers serve one park or links must outlive a restart.
    /// </summary>
    public string? ReportLinkSigningKey { get; set; }
}
