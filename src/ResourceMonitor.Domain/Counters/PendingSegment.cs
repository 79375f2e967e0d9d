namespace ResourceMonitor.Domain.Counters;

/// <summary>A run of readings consistent with each other but not with the baseline (a drop or an implausible jump), held until decided.</summary>
/// <param name="Since">The first held reading's time: consumption within the segment is measured from it.</param>
/// <param name="Reference">The value the next reading is compared with inside the segment.</param>
/// <param name="Readings">How many readings the segment holds so far.</param>
/// <param name="Consumption">The consumption within the segment so far (booked only if it is confirmed).</param>
public sealed record PendingSegment(DateTimeOffset Since, CounterSample Reference, int Readings, double Consumption);
