using System.ComponentModel.DataAnnotations;

namespace ResourceMonitor.Edge.Normalisation;

/// <summary>Limits on reading timestamps (section <c>Edge:Normalisation</c>).</summary>
public sealed class NormalisationOptions
{
    /// <summary>A reading stamped further ahead of the agent's clock than this is rejected (a meter clock gone wrong).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan MaxFuture { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A reading older than this is rejected (a meter clock reset to its epoch, a stale retained message).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00")]
    public TimeSpan MaxPast { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How often each counter's state is saved to <c>counter-state.json</c> in the buffer directory (and at shutdown). A crash
    /// loses at most this much state: the agent resumes from an older baseline of the same meter (see docs/edge/operations.md).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan CounterStateInterval { get; set; } = TimeSpan.FromSeconds(10);
}
