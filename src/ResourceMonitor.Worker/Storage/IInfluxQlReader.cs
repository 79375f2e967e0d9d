namespace ResourceMonitor.Worker.Storage;

/// <summary>Reads from InfluxDB with InfluxQL through the <c>/query</c> endpoint (served by InfluxDB 1.8, 2.x and 3.x).</summary>
public interface IInfluxQlReader
{
    /// <summary>Runs <paramref name="influxQl"/> against the configured database/bucket and returns its series.</summary>
    Task<InfluxQlResult> QueryAsync(string influxQl, CancellationToken cancellationToken);
}
