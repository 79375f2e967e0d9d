using Microsoft.Extensions.Diagnostics.HealthChecks;
using ResourceMonitor.Hosting.Progress;
using ResourceMonitor.Worker.Messaging;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.Worker.Operations;

/// <summary>
/// Ready when the worker can take readings and keep them, and every stage makes progress: connected to the park broker,
/// InfluxDB reachable or the spool with room, no stage stalled (work waiting and no progress for <c>Operations:StallAfter</c>,
/// a periodic stage overdue) or failed. Degraded while spooling or while a stage waits to be restarted; unhealthy, naming the
/// cause, when the broker is away, the spool is full, or a stage is stalled.
/// </summary>
internal sealed class ReadinessCheck(BrokerSubscriber subscriber, PointWriter writer, StageRegistry stages, ReadinessTransitions transitions) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        HealthCheckResult result;
        try
        {
            result = Check();
            transitions.Observe(result);
        }
        catch (Exception ex)
        {
            result = transitions.Failed(ex);
        }

        return Task.FromResult(result);
    }

    private HealthCheckResult Check()
    {
        var session = subscriber.Status;
        var reports = stages.Report();
        var data = new Dictionary<string, object>
        {
            ["broker_connected"] = session.Connected,
            ["broker_connections"] = session.Connections,
            ["broker_last_error"] = session.LastError ?? string.Empty,
            ["influxdb_reachable"] = writer.InfluxReachable,
            ["influxdb_last_error"] = writer.InfluxProblem ?? string.Empty,
            ["spool_batches"] = writer.SpooledBatches,
            ["spool_fill_ratio"] = Math.Round(writer.SpoolFill, 4),
            ["stages"] = reports.ToDictionary(r => r.Name, StageFigures.Of, StringComparer.Ordinal),
        };
        var stalled = reports.Where(r => r.Stalled).Select(r => $"stage {r.Name} {r.State}: {r.Reason}").ToArray();
        var restarting = reports.Where(r => r.State == StageStates.Restarting).Select(r => r.Name).ToArray();
        HealthCheckResult result;
        if (!session.Connected)
        {
            var why = session.LastError is null ? string.Empty : $" ({session.LastError})";
            result = HealthCheckResult.Unhealthy($"not connected to the park broker{why}", data: data);
        }
        else if (stalled.Length > 0)
        {
            result = HealthCheckResult.Unhealthy(string.Join("; ", stalled), data: data);
        }
        else if (writer.SpoolFill >= 1)
        {
            result = HealthCheckResult.Unhealthy("spool full: new readings wait at the broker", data: data);
        }
        else if (restarting.Length > 0)
        {
            result = HealthCheckResult.Degraded($"restarting after a fault: {string.Join(", ", restarting)}", data: data);
        }
        else if (writer.InfluxProblem is { } problem)
        {
            result = HealthCheckResult.Degraded($"InfluxDB does not take writes: {problem}", data: data);
        }
        else if (!writer.InfluxReachable || writer.SpooledBatches > 0)
        {
            result = HealthCheckResult.Degraded("InfluxDB unreachable or spool draining: readings are kept in the spool", data: data);
        }
        else
        {
            result = HealthCheckResult.Healthy("broker connected, InfluxDB reachable, every stage making progress", data);
        }

        return result;
    }
}
