using System.Diagnostics.Metrics;

namespace ResourceMonitor.Hosting.Supervision;

/// <summary>
/// The supervision instruments, on meter <see cref="MeterName"/> (created through <see cref="IMeterFactory"/>, so two hosts in
/// one process keep separate numbers): <c>rm_stage_restarts{stage}</c> and <c>rm_stage_stalled{stage}</c>.
/// </summary>
public sealed class StageMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "ResourceMonitor.Stages";

    private readonly Counter<long> _restarts;

    /// <summary>Creates the instruments; the stalled gauge reads <paramref name="stages"/> at collection time.</summary>
    public StageMetrics(IMeterFactory meterFactory, Progress.StageRegistry stages)
    {
        Meter = meterFactory.Create(MeterName);
        _restarts = Meter.CreateCounter<long>("rm_stage_restarts", description: "Stages restarted by the supervisor after a fault, by stage");
        Meter.CreateObservableGauge(
            "rm_stage_stalled",
            () => stages.Report().Select(r => new Measurement<int>(r.Stalled ? 1 : 0, new KeyValuePair<string, object?>("stage", r.Name))),
            description: "1 while a stage has work waiting and makes no progress (or a periodic stage has not run), by stage");
    }

    /// <summary>The meter, for exporters.</summary>
    public Meter Meter { get; }

    /// <summary>Counts one restart of <paramref name="stage"/>.</summary>
    public void Restarted(string stage) => _restarts.Add(1, new KeyValuePair<string, object?>("stage", stage));
}
