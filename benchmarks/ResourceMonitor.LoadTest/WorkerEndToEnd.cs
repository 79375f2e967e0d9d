using System.Diagnostics;

namespace ResourceMonitor.LoadTest;

/// <summary>
/// The worker end to end: the workload published as fast as Mosquitto takes it, timed from the first publish until InfluxDB
/// holds every reading; the worker's CPU (cores) over that time and its peak RSS; then publish → stored latency at a paced rate.
/// </summary>
public static class WorkerEndToEnd
{
    /// <summary>Runs both measurements on one fresh worker, Mosquitto and InfluxDB.</summary>
    public static async Task<Measurement> MeasureAsync(SyntheticPark park, Workload workload, IReadOnlyList<WorkloadMessage> messages, LoadOptions options, CancellationToken cancellationToken)
    {
        await using var worker = await WorkerUnderLoad.StartAsync(park, options.WorkerSettings, cancellationToken);
        var readings = messages.Sum(m => m.Readings);
        await using var publishers = await ParkPublishers.ConnectAsync(worker.Broker, options.Publishers);
        var cpuBefore = ProcessUsage.CpuTime(worker.Pid);
        var clock = Stopwatch.StartNew();
        await publishers.PublishAllAsync(messages, cancellationToken);
        await StoredReadings.WaitForAsync(worker.Influx, readings, options.Timeout, () => worker.Output, cancellationToken);
        var elapsed = clock.Elapsed;
        var cpu = ProcessUsage.CpuTime(worker.Pid) - cpuBefore;
        var rate = readings / elapsed.TotalSeconds;
        var latency = await PublishToStored.MeasureAsync(worker, publishers, workload, rate * options.LatencyShare, options, cancellationToken);
        return new Measurement(
            $"worker end to end, batches of {options.BatchSize}",
            rate,
            cpu / elapsed,
            ProcessUsage.PeakRssBytes(worker.Pid) / 1e6,
            latency.P50,
            latency.P99,
            latency.Rate);
    }
}
