namespace ResourceMonitor.Worker.Reports.Series;

/// <summary>What one series run did.</summary>
/// <param name="Periods">The periods used, or null when a fixed baseline period has not ended yet (nothing done).</param>
/// <param name="PlantsWritten">Plants whose report had data and whose points were written.</param>
/// <param name="PlantsWithoutData">Plants skipped because no data was found for them in either period.</param>
/// <param name="Points">Points written.</param>
/// <param name="Failure">Why the run stopped early (InfluxDB unreachable or refusing the queries), or null.</param>
public sealed record AuditSeriesRun(AuditSeriesPeriods? Periods, int PlantsWritten, int PlantsWithoutData, int Points, string? Failure);
