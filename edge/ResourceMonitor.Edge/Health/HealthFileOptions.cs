using System.ComponentModel.DataAnnotations;

namespace ResourceMonitor.Edge.Health;

/// <summary>The agent's liveness file (section <c>Edge:Operations</c>, beside the supervision keys).</summary>
public sealed class HealthFileOptions
{
    /// <summary>Where the agent writes its health JSON (relative paths from the working directory).</summary>
    [Required(ErrorMessage = "Edge:Operations:HealthFile must name a writable file, e.g. \"data/health.json\".")]
    public string HealthFile { get; set; } = "data/health.json";

    /// <summary>How often the file is rewritten: a file older than a few intervals means the agent is hung or gone.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Edge:Operations:HealthInterval must be between 1 second and 10 minutes (e.g. \"00:00:10\").")]
    public TimeSpan HealthInterval { get; set; } = TimeSpan.FromSeconds(10);
}
