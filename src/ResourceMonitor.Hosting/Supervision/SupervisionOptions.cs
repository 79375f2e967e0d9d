using System.ComponentModel.DataAnnotations;

namespace ResourceMonitor.Hosting.Supervision;

/// <summary>How faulted stages are restarted and when a stage counts as stalled (worker: section <c>Operations</c>; edge: <c>Edge:Operations</c>).</summary>
public sealed class SupervisionOptions
{
    /// <summary>First restart delay; each further restart in the window doubles it up to <see cref="RestartMaxDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00", ErrorMessage = "{0} must be between 10 ms and 1 hour (e.g. \"00:00:01\").")]
    public TimeSpan RestartMinDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest restart delay.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00", ErrorMessage = "{0} must be between 10 ms and 1 hour (e.g. \"00:00:30\").")]
    public TimeSpan RestartMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Restarts of one stage allowed within <see cref="RestartWindow"/>; one more stops the host non-zero.</summary>
    [Range(0, 1000, ErrorMessage = "{0} must be between 0 (never restart: stop the host) and 1000.")]
    public int MaxRestarts { get; set; } = 5;

    /// <summary>The window over which restarts are counted.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "{0} must be between 1 second and 1 day (e.g. \"00:10:00\").")]
    public TimeSpan RestartWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// A stage with work waiting and no progress for this long, or a periodic stage that has not run for its period plus this
    /// long, is stalled: readiness turns unhealthy and names it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "{0} must be between 1 second and 1 day (e.g. \"00:02:00\").")]
    public TimeSpan StallAfter { get; set; } = TimeSpan.FromMinutes(2);
}
