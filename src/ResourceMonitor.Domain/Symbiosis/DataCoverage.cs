namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>The stretch of time both meters of a pair have readings for (no gap longer than the smoothing window): totals accrue only inside it.</summary>
/// <param name="From">Start of the current unbroken stretch of both meters' readings.</param>
/// <param name="Until">The older of the two meters' newest readings.</param>
public sealed record DataCoverage(DateTimeOffset From, DateTimeOffset Until)
{
    /// <summary>No reading yet on one side (e.g. just after a restart): totals accrue up to the evaluation time, as before silence can be judged.</summary>
    public static DataCoverage Unknown { get; } = new(DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
}
