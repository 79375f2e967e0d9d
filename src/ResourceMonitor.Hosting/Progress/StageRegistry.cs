using Microsoft.Extensions.Options;
using ResourceMonitor.Hosting.Supervision;

namespace ResourceMonitor.Hosting.Progress;

/// <summary>
/// Every stage's progress, for readiness: a stage registers once (<c>var progress = stages.Register("my.stage");</c>) and
/// reports as it works; <see cref="Report()"/> judges them all against <see cref="SupervisionOptions.StallAfter"/>.
/// </summary>
public sealed class StageRegistry(TimeProvider time, IOptions<SupervisionOptions> options)
{
    private readonly Dictionary<string, StageProgress> _stages = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>
    /// The progress of stage <paramref name="name"/>, created on first use (a restarted stage gets its own again).
    /// A <paramref name="period"/> makes it periodic: it must call <see cref="StageProgress.Ran"/> at least that often.
    /// </summary>
    public StageProgress Register(string name, TimeSpan? period = null)
    {
        lock (_gate)
        {
            if (!_stages.TryGetValue(name, out var progress))
            {
                progress = new StageProgress(name, period, time);
                _stages.Add(name, progress);
            }

            return progress;
        }
    }

    /// <summary>Every registered stage's figures now, in name order.</summary>
    public IReadOnlyList<StageReport> Report()
    {
        StageProgress[] stages;
        lock (_gate)
        {
            stages = [.. _stages.Values];
        }

        return stages.Select(s => s.Report(options.Value.StallAfter)).OrderBy(r => r.Name, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Records that <paramref name="name"/> runs again after a fault (the supervisor's call).</summary>
    internal void Resumed(string name) => Register(name).Resumed();

    /// <summary>Records a fault of <paramref name="name"/> (the supervisor's call).</summary>
    internal void Faulted(string name, Exception exception, bool restarting) => Register(name).Faulted(exception, restarting);
}
