namespace ResourceMonitor.Domain.Aggregation;

/// <summary>One meter's use in one minute.</summary>
/// <param name="Minute">The minute's start (UTC, whole minute).</param>
/// <param name="Amount">The quantity used or produced (counter deltas, or a rate integrated over time), or null for a gauge that is not a rate.</param>
/// <param name="MeanRate">The mean rate (per hour for a quantity; the value itself for other gauges), or null with no data.</param>
/// <param name="MinRate">The lowest rate.</param>
/// <param name="MaxRate">The highest rate.</param>
/// <param name="Count">Readings with a timestamp in the minute.</param>
/// <param name="Coverage">Share of the minute (0 to 1) covered by intervals between consecutive readings no longer than the longest gap bridged.</param>
/// <param name="Flags">Data-quality events inside the minute.</param>
public sealed record MinuteUsage(
    DateTimeOffset Minute,
    double? Amount,
    double? MeanRate,
    double? MinRate,
    double? MaxRate,
    int Count,
    double Coverage,
    UsageFlags Flags);
