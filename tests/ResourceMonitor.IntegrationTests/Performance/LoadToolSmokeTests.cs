using ResourceMonitor.LoadTest;

namespace ResourceMonitor.IntegrationTests.Performance;

/// <summary>
/// CI's short run of the load tool (benchmarks/ResourceMonitor.LoadTest, docs/performance.md): real Mosquitto, InfluxDB behind
/// nginx, the published worker and edge agent. No timing is asserted (figures live in the docs); the run must finish with every
/// reading stored (each measurement fails on a lost or extra reading) and print the whole table.
/// </summary>
public sealed class LoadToolSmokeTests
{
    [Fact]
    public async Task Smoke_run_stores_every_reading_and_prints_one_row_per_measurement()
    {
        var options = LoadOptions.Smoke;
        var progress = new List<string>();

        var repetitions = await LoadRun.RunAsync(options, progress.Add, CancellationToken.None);
        var table = ResultTable.Render(repetitions, options, new SyntheticPark(options.Plants, options.Meters), ProcessUsage.LoadAverage());

        var measured = Assert.Single(repetitions);
        Assert.Equal(
            ["InfluxDB alone", "Mosquitto alone", "worker end to end, batches of 100", "edge agent, factory broker → park broker (fsync on)"],
            measured.Select(m => m.What));
        Assert.All(measured, m => Assert.True(m.ReadingsPerSecond > 0, m.What));
        var worker = measured[2];
        Assert.True(worker.CpuCores > 0 && worker.PeakRssMegabytes > 0, "the worker's CPU and RSS come from /proc");
        Assert.True(worker.LatencyP50 > TimeSpan.Zero && worker.LatencyP99 >= worker.LatencyP50, $"p50 {worker.LatencyP50}, p99 {worker.LatencyP99}");
        Assert.Equal(4, progress.Count);
        Assert.Equal(4, table.Split('\n').Count(line => line.StartsWith("| ", StringComparison.Ordinal) && !line.StartsWith("| what", StringComparison.Ordinal)));
    }
}
