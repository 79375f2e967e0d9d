namespace ResourceMonitor.LoadTest;

/// <summary>One measurement of one repetition.</summary>
/// <param name="What">The row of the table it belongs to.</param>
/// <param name="ReadingsPerSecond">Readings through per second of wall time.</param>
/// <param name="CpuCores">The measured process's CPU time over wall time (null when no process of ours is measured).</param>
/// <param name="PeakRssMegabytes">The measured process's peak resident memory.</param>
/// <param name="LatencyP50">Publish → stored, median, at the latency rate.</param>
/// <param name="LatencyP99">Publish → stored, 99th percentile.</param>
/// <param name="LatencyRate">The readings/s the latency was measured at.</param>
public sealed record Measurement(
    string What,
    double ReadingsPerSecond,
    double? CpuCores = null,
    double? PeakRssMegabytes = null,
    TimeSpan? LatencyP50 = null,
    TimeSpan? LatencyP99 = null,
    double? LatencyRate = null);
