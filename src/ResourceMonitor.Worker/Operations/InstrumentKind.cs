namespace ResourceMonitor.Worker.Operations;

/// <summary>How an instrument is exposed to Prometheus.</summary>
internal enum InstrumentKind
{
    /// <summary>A monotonic sum: <c>_total</c>.</summary>
    Counter,

    /// <summary>A distribution: <c>_bucket</c>, <c>_sum</c>, <c>_count</c>.</summary>
    Histogram,

    /// <summary>The last observed value.</summary>
    Gauge,
}
