using Microsoft.Extensions.Diagnostics.HealthChecks;
using ResourceMonitor.Worker.Messaging;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.Worker.Operations;

/// <summary>
/// Ready when the worker can take readings and keep them: connected to the park broker, and InfluxDB reachable or the
/// spool with room. Degraded while spooling; unhealthy when the broker is away or the spool is full.
/// </summary>
internal sealed class ReadinessCheck(BrokerSubscriber subscriber, PointWriter writer) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["broker_connected"] = subscriber.IsConnected,
            ["influxdb_reachable"] = writer.InfluxReachable,
            ["spool_batches"] = writer.SpooledBatches,
            ["spool_fill_ratio"] = Math.Round(writer.SpoolFill, 4),
        };
        HealthCheckResult result;
        if (!subscriber.IsConnected)
        {
            result = HealthCheckResult.Unhealthy("not connected to the park broker", data: data);
        }
        else if (writer.SpoolFill >= 1)
        {
            result = HealthCheckResult.Unhealthy("spool full: new readings wait at the broker", data: data);
        }
        else if (!writer.InfluxReachable || writer.SpooledBatches > 0)
        {
            result = HealthCheckResult.Degraded("InfluxDB unreachable or spool draining: readings are kept in the spool", data: data);
        }
        else
        {
            result = HealthCheckResult.Healthy("broker connected, InfluxDB reachable", data);
        }

        return Task.FromResult(result);
    }
}
