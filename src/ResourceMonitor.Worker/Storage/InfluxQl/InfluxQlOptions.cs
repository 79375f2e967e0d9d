using System.ComponentModel.DataAnnotations;

namespace ResourceMonitor.Worker.Storage.InfluxQl;

/// <summary>
/// Where InfluxQL reads go. Bound from the same configuration section as the writer (<c>Storage</c>: <c>Url</c>,
/// <c>Token</c>, <c>Bucket</c>), so one database is configured once; <c>QueryTimeout</c> is the reader's own key.
/// </summary>
public sealed class InfluxQlOptions
{
    /// <summary>The configuration section (shared with the writer).</summary>
    public const string Section = "Storage";

    /// <summary>InfluxDB's base URL; <c>/query</c> is appended.</summary>
    [Required]
    [Url]
    public string Url { get; set; } = "http://localhost:8086";

    /// <summary>API token, sent as <c>Authorization: Token …</c> when not empty (InfluxDB 1.8+: <c>user:password</c>).</summary>
    public string Token { get; set; } = string.Empty;

    /// <summary>Bucket, i.e. the database InfluxQL queries (<c>db=</c>); 2.x maps it through its DBRP mapping.</summary>
    [Required]
    public string Bucket { get; set; } = "resourcemonitor";

    /// <summary>Timeout of one query.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan QueryTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
